package org.partnershipworkshop.plan;

import java.util.List;

/**
 * Where a plan or a report is laid out: the PDF ({@link PdfPrinter}, on documents.BoardDocument) and the Word
 * document ({@link DocxPrinter}, on documents.DocxDocument) take the same calls, so both have the same layout.
 */
interface Printer {

    /** A line of a table: its cells, and whether it is a heading line of the body (bold). */
    record Line(List<String> cells, boolean heading) {
    }

    void title(String eyebrow, String title, List<String[]> facts);

    /** A part (level 1) or a section of any depth below it (level 2 and on). */
    void heading(String id, String text, int level);

    void paragraph(String text);

    void note(String text);

    void bullets(List<String> items);

    /** A table with a header that repeats on every page; a line with one cell spans the table. */
    void table(List<String> headers, int[] percentWidths, List<Line> lines);

    void newPage();

    /** Finishes the document; answers its bytes. */
    byte[] finish();
}
