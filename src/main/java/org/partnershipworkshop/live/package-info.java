/**
 * The meeting room: join codes and seats, phases, countdown, dot voting, presence; the projector and the
 * table bar.
 */
@ApplicationModule(displayName = "Live facilitation", allowedDependencies = {"base", "security", "canvas", "canvas::ui", "meeting", "meeting::ui"})
package org.partnershipworkshop.live;

import org.springframework.modulith.ApplicationModule;
