/**
 * Meetings: facts, people, programme, work groups and the feedback they record; the meeting list and page
 * with their extension points.
 */
@ApplicationModule(displayName = "Meetings", allowedDependencies = {"base", "audit", "security", "canvas", "canvas::ui"})
package org.partnershipworkshop.meeting;

import org.springframework.modulith.ApplicationModule;
