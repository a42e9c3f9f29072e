package org.partnershipworkshop.documents;

import java.io.OutputStream;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A short document in the proceedings' look, for other features (the practice passport): the same
 * typefaces and colours, a title with a table of facts, headings with bookmarks, the running header and
 * the "page x of y" footer of {@link PageDecorations}, and canvas boards laid out by {@link BoardTable}
 * exactly as the groups' boards are. Landscape A4, as the boards are in the proceedings. The caller writes
 * its parts in the order it planned them and closes the document.
 */
public final class BoardDocument {

    /** A part of the document, planned before writing: its heading, bookmark and running-header title. */
    public record Part(String id, String title, String parentId) {

        public Part(String id, String title) {
            this(id, title, null);
        }
    }

    /** A line of the facts table: a label and its value (one paragraph per line of the value). */
    public record Fact(String label, String value) {
    }

    private static final float MARGIN = 36;

    private final Document document;
    private final PdfWriter writer;
    private final Sections sections;
    private final PageDecorations decorations;
    private final BoardTable boards;

    /**
     * Opens the document. {@code runningTitle} heads every page after the first; {@code author} and the
     * title go into the document's metadata.
     */
    public BoardDocument(OutputStream out, Labels labels, String runningTitle, String author, List<Part> parts) {
        this(out, labels, runningTitle, author, parts, true);
    }

    /**
     * Opens the document in portrait or landscape A4 (a work plan chooses); parts with a parent are sections of
     * it (level 2 bookmarks, {@link #section}).
     */
    public BoardDocument(OutputStream out, Labels labels, String runningTitle, String author, List<Part> parts,
                         boolean landscape) {
        document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, MARGIN, MARGIN,
                MARGIN + PageDecorations.HEADER_BAND, MARGIN + PageDecorations.FOOTER_BAND);
        writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.PDF_VERSION_1_7);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(labels.locale().getLanguage()));
        document.addTitle(runningTitle);
        document.addAuthor(author == null ? "" : author);
        document.addCreator("Partnership Workshop");
        document.addCreationDate();
        sections = new Sections(SectionPlan.of(parts.stream()
                .map(p -> new SectionPlan.Entry(p.id(), p.title(), p.parentId() == null ? 1 : 2, p.parentId())).toList()), writer);
        decorations = new PageDecorations(runningTitle, labels, sections);
        writer.setPageEvent(decorations);
        boards = new BoardTable(document, writer, labels);
        document.open();
    }

    /** The first page's head: a small line above (what kind of document), the title, and the facts. */
    public void title(String eyebrow, String title, List<Fact> facts) {
        Paragraph above = Blocks.paragraph(eyebrow, Style.FIELD_LABEL, 4);
        document.add(above);
        Paragraph heading = new Paragraph(title, Style.TITLE);
        heading.setLeading(Style.TITLE.getSize() * 1.2f);
        heading.setSpacingAfter(14);
        document.add(heading);
        PdfPTable table = Blocks.factTable();
        facts.forEach(f -> Blocks.fact(table, f.label(), f.value()));
        table.setSpacingAfter(12);
        document.add(table);
    }

    /**
     * A cover page in the proceedings' look — the band with the eyebrow, a subtitle, the title, the facts — and
     * the contents (every planned part and section with its page, each a link) from the next page on.
     */
    public void cover(String eyebrow, String subtitle, String title, List<Fact> facts, String contentsTitle) {
        CoverBand.draw(document, writer, eyebrow);
        if (subtitle != null && !subtitle.isBlank()) {
            document.add(Blocks.paragraph(subtitle, Style.SUBTITLE, 6));
        }
        Paragraph heading = new Paragraph(title, Style.TITLE);
        heading.setLeading(Style.TITLE.getSize() * 1.2f);
        heading.setSpacingAfter(24);
        document.add(heading);
        PdfPTable table = Blocks.factTable();
        facts.forEach(f -> Blocks.fact(table, f.label(), f.value()));
        document.add(table);
        new ContentsPage(document, writer, sections, decorations).write(contentsTitle);
        document.newPage();
    }

    /** Starts a planned part with its heading, on a new page unless it follows on the current one. */
    public void part(String id, boolean newPage) {
        if (newPage) {
            document.newPage();
        }
        keepRoom(120);
        sections.heading(document, id, Style.H2, 0);
    }

    /** Starts a planned section of a part (a level 2 bookmark) with a smaller heading. */
    public void section(String id) {
        keepRoom(90);
        sections.heading(document, id, Style.H3, 6);
    }

    /** A heading without a bookmark (or a label over a text), never left alone at the foot of a page. */
    public void subheading(String text, org.openpdf.text.Font font) {
        keepRoom(60);
        Paragraph p = Blocks.paragraph(text, font, 3);
        p.setSpacingBefore(font.getSize() < Style.BODY.getSize() ? 4 : 0);
        p.setKeepTogether(true);
        document.add(p);
    }

    /** With less than {@code room} points left on the page, what follows starts the next (a heading is not left alone at the foot). */
    public void keepRoom(float room) {
        if (writer.getVerticalPosition(true) - document.bottom() < room) {
            document.newPage();
        }
    }

    /** Any block laid out with {@link Blocks} (a table, a list, a paragraph). */
    public void add(Element element) {
        document.add(element);
    }

    /** The width between the margins, for tables that need absolute widths. */
    public float width() {
        return document.right() - document.left();
    }

    /** A line of small, muted text (what a part holds, where it comes from). */
    public void note(String text) {
        document.add(Blocks.paragraph(text, Style.SMALL_MUTED, 6));
    }

    /** A canvas as a board, in the largest type size that fits the rest of the page. */
    public void board(int columns, int rows, List<BoardField> fields) {
        document.add(boards.fitting(columns, rows, fields));
    }

    /** Closes the document and answers its page count. */
    public int close() {
        int pages = writer.getPageNumber();
        document.close();
        return pages;
    }
}
