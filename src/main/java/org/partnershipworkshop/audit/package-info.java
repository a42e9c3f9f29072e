/**
 * Who did what when: every change of every feature, searchable by an administrator.
 */
@ApplicationModule(displayName = "Audit log", allowedDependencies = {"base"})
package org.partnershipworkshop.audit;

import org.springframework.modulith.ApplicationModule;
