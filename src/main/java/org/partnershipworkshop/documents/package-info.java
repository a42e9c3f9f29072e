/**
 * The building blocks of printed documents: typefaces, styles, paragraphs, tables and bar charts, sections with
 * bookmarks, the cover band and the contents page, page decorations, board layouts; one layout for PDF and Word
 * (Printer, PdfPrinter, DocxPrinter), Word documents (DocxDocument), letters of one page each (LetterDocument) and
 * streamed spreadsheets (XlsxSheetWriter) in the same look.
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = {"base", "canvas"})
package org.partnershipworkshop.documents;

import org.springframework.modulith.ApplicationModule;
