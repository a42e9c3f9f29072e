/**
 * The participants' feedback form of a meeting, its projector screen and results.
 */
@ApplicationModule(displayName = "Quality dialogue", allowedDependencies = {"base", "audit", "meeting", "meeting::ui", "live", "live::screens", "interchange", "survey", "survey::ui"})
package org.partnershipworkshop.dialogue;

import org.springframework.modulith.ApplicationModule;
