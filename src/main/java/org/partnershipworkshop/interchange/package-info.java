/**
 * The workshop-meeting/1 document: import, export, backups and the demo.
 */
@ApplicationModule(displayName = "Interchange", allowedDependencies = {"base", "audit", "canvas", "meeting", "meeting::ui"})
package org.partnershipworkshop.interchange;

import org.springframework.modulith.ApplicationModule;
