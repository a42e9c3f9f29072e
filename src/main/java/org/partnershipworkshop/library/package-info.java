/**
 * The region's libraries: the registry of the network (regional, central, city, district, branch, rural,
 * rural model, children's and other agencies' libraries; a branch belongs to its central library), its
 * import from CSV and {@code workshop-libraries/1}, each library's page with the sections other features
 * add, and its accounts. Low in the house: the network action, the survey, the work plan and the catalogue
 * build on it; it uses interchange only for the backup part and the demo.
 */
@ApplicationModule(displayName = "Libraries", allowedDependencies = {"base", "audit", "security", "interchange"})
package org.partnershipworkshop.library;

import org.springframework.modulith.ApplicationModule;
