/**
 * Templates and template-driven boards: the smart diagram of a table, the passport and project card of a
 * practice; every save a revision.
 */
@ApplicationModule(displayName = "Canvases", allowedDependencies = {"base", "audit", "security"})
package org.partnershipworkshop.canvas;

import org.springframework.modulith.ApplicationModule;
