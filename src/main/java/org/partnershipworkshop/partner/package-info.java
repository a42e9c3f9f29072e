/**
 * The partner registry and the partner–service network across meetings.
 */
@ApplicationModule(displayName = "Partners", allowedDependencies = {"base", "audit", "canvas", "meeting", "interchange"})
package org.partnershipworkshop.partner;

import org.springframework.modulith.ApplicationModule;
