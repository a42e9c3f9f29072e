/**
 * The building blocks of printed documents: typefaces, styles, paragraphs and tables, sections with
 * bookmarks, page decorations, board layouts; Word documents (DocxDocument) and streamed spreadsheets
 * (XlsxSheetWriter) in the same look.
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = {"base", "canvas"})
package org.partnershipworkshop.documents;

import org.springframework.modulith.ApplicationModule;
