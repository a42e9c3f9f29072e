/**
 * The annual work plan of a coordination department: section I, sections by state service or work with
 * indicators and activity rows, terms as written and understood, responsible staff, plan against fact, the
 * month view and reports, print (PDF, DOCX), spreadsheets (XLSX) and the workshop-plan/1 document.
 */
@ApplicationModule(displayName = "Work plan", allowedDependencies = {"base", "audit", "documents", "interchange",
        "meeting", "calendar", "catalogue", "library", "library::ui", "action"})
package org.partnershipworkshop.plan;

import org.springframework.modulith.ApplicationModule;
