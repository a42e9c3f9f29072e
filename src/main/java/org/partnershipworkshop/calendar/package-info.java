/**
 * The regional calendar of meetings with where each stands.
 */
@ApplicationModule(displayName = "Calendar", allowedDependencies = {"base", "meeting", "live"})
package org.partnershipworkshop.calendar;

import org.springframework.modulith.ApplicationModule;
