/**
 * A meeting's proceedings as a PDF: programme, every board, overview, partner network figure, feedback.
 */
@ApplicationModule(displayName = "Proceedings", allowedDependencies = {"base", "canvas", "documents", "meeting", "meeting::ui", "live", "dialogue"})
package org.partnershipworkshop.proceedings;

import org.springframework.modulith.ApplicationModule;
