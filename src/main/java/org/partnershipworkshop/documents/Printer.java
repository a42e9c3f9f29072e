package org.partnershipworkshop.documents;

import java.util.List;

/**
 * Where a document is laid out once for both files: the PDF ({@link PdfPrinter}, on {@link BoardDocument}) and
 * the Word document ({@link DocxPrinter}, on {@link DocxDocument}) take the same calls, so both have the same
 * content in the same order (the work plan and its reports, the network action's summary).
 */
public interface Printer {

    /** A line of a table: its cells, and whether it is a heading line of the body (bold). */
    record Line(List<String> cells, boolean heading) {
    }

    /** A bar of a bar chart: what is counted, and how often. */
    record Bar(String label, long count) {
    }

    /** The first page's head: a small line above, the title, and facts as label and value. */
    void title(String eyebrow, String title, List<String[]> facts);

    /**
     * A cover page in the proceedings' look (a band with the eyebrow, a subtitle, the title, the facts), and the
     * contents on the next page: every planned heading with its page.
     */
    void cover(String eyebrow, String subtitle, String title, List<String[]> facts, String contentsTitle);

    /** A part (level 1) or a section of any depth below it (level 2 and on); a heading without an id has no bookmark. */
    void heading(String id, String text, int level);

    void paragraph(String text);

    /** A small label over the text that follows, kept with it (whose words these are). */
    void label(String text);

    void note(String text);

    void bullets(List<String> items);

    /** Facts as label and value (a value's lines stay lines); facts without a value are left out. */
    void facts(List<String[]> facts);

    /** A table with a header that repeats on every page; a line with one cell spans the table. */
    void table(List<String> headers, int[] percentWidths, List<Line> lines);

    /** A horizontal bar chart as a table: label, count, and a bar (its share of the largest count). */
    void bars(String labelHeader, String countHeader, List<Bar> bars);

    /** What follows, about {@code lines} lines of body text, stays on one page: with less room left, a new page. */
    void keepLines(int lines);

    void newPage();

    /** Finishes the document; answers its bytes. */
    byte[] finish();
}
