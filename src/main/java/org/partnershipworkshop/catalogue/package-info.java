/**
 * Practices with their passport and project card: search, page, PDF, document format, adapt into a table.
 */
@ApplicationModule(displayName = "Good-practice catalogue", allowedDependencies = {"base", "audit", "canvas", "canvas::ui", "documents", "meeting", "meeting::ui", "interchange"})
package org.partnershipworkshop.catalogue;

import org.springframework.modulith.ApplicationModule;
