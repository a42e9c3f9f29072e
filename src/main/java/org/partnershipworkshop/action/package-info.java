/**
 * The region's network actions (seed 004): an action's regulation, stages and dates, the libraries taking part
 * (invited by municipality or the whole region, or joining themselves), each library's plan of events and what
 * came of it, the reader survey through each library, each library's analytic report (a revisioned document)
 * by its due date, the coordinator's dashboard, the regional summary (PDF, DOCX) and the letters of thanks.
 */
@ApplicationModule(displayName = "Network actions", allowedDependencies = {"base", "audit", "security", "documents",
        "canvas", "canvas::ui", "interchange", "library", "library::ui", "survey", "survey::ui"})
package org.partnershipworkshop.action;

import org.springframework.modulith.ApplicationModule;
