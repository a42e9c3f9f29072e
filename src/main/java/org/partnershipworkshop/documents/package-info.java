/**
 * The building blocks of printed documents: typefaces, styles, paragraphs and tables, sections with
 * bookmarks, page decorations, board layouts.
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = {"base", "canvas"})
package org.partnershipworkshop.documents;

import org.springframework.modulith.ApplicationModule;
