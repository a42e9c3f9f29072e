package org.partnershipworkshop.documents;

import static org.partnershipworkshop.base.Text.clean;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document (DOCX, Apache POI XWPF) in the product's look, for documents people edit further in Word or
 * LibreOffice (decision 0148): A4 portrait or landscape, Liberation Sans, headings as real heading styles (so
 * Word's navigation and contents find them), bullet lists as real lists, tables whose header rows repeat on
 * every page, and a footer "page x of y" made of Word's own page fields. The caller writes in order and saves.
 */
public final class DocxDocument {

    /** The product's typeface (metric-compatible with Arial, full Cyrillic). */
    public static final String FONT = "Liberation Sans";
    private static final String ACCENT = hex(Style.ACCENT);
    private static final String ACCENT_DARK = hex(Style.ACCENT_DARK);
    private static final String MUTED = hex(Style.MUTED);
    private static final String ZEBRA = hex(Style.ZEBRA);

    private final XWPFDocument doc = new XWPFDocument();
    private final BigInteger bullets;

    public DocxDocument(boolean landscape, Labels labels, String title) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
        size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.addNewPgMar();
        for (BigInteger m : List.of(BigInteger.valueOf(1000))) {
            margins.setLeft(m);
            margins.setRight(m);
            margins.setTop(m);
            margins.setBottom(m);
        }
        doc.getProperties().getCoreProperties().setTitle(clean(title));
        doc.getProperties().getCoreProperties().setCreator("Partnership Workshop");
        headingStyle(1, 28, ACCENT_DARK);
        headingStyle(2, 24, ACCENT);
        headingStyle(3, 21, hex(Style.TEXT));
        bullets = bulletList();
        footer(labels);
    }

    /** The first page's head: a small line above, the title, and facts as "label: value" lines. */
    public void title(String eyebrow, String title, List<BoardDocument.Fact> facts) {
        run(doc.createParagraph(), eyebrow, 9, true, ACCENT);
        XWPFParagraph heading = doc.createParagraph();
        heading.setStyle("Title");
        heading.setSpacingAfter(240);
        run(heading, title, 20, true, ACCENT_DARK);
        facts(facts);
    }

    /** Facts as "label: value" lines; facts without a value are left out. */
    public void facts(List<BoardDocument.Fact> facts) {
        for (BoardDocument.Fact fact : facts) {
            if (fact.value() == null || fact.value().isBlank()) {
                continue;
            }
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(60);
            run(p, fact.label() + ": ", 10, false, MUTED).setItalic(true);
            lines(p, fact.value(), 10, false, null);
        }
    }

    /**
     * The contents under a title: Word's own table of contents field over the heading styles (levels 1 and 2),
     * marked to be brought up to date when the document is opened.
     */
    public void contents(String title) {
        XWPFParagraph heading = doc.createParagraph();
        heading.setSpacingAfter(200);
        run(heading, title, 14, true, ACCENT_DARK);
        var field = doc.createParagraph().getCTP().addNewFldSimple();
        field.setInstr("TOC \\o \"1-2\" \\h \\z \\u");
        field.setDirty(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
    }

    /** A heading of level 1–3, in a heading style. */
    public void heading(String text, int level) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        p.setSpacingBefore(level == 1 ? 240 : 160);
        p.setSpacingAfter(80);
        p.setKeepNext(true);
        run(p, text, level == 1 ? 14 : level == 2 ? 12 : 10.5, true, level == 1 ? ACCENT_DARK : level == 2 ? ACCENT : null);
    }

    /** A small bold label in the accent colour, kept with the paragraph after it. */
    public void label(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(120);
        p.setSpacingAfter(40);
        p.setKeepNext(true);
        run(p, text, 8.5, true, ACCENT);
    }

    public void paragraph(String text, boolean muted) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(80);
        lines(p, text, muted ? 8.5 : 10, false, muted ? MUTED : null);
    }

    /** A bulleted list, one item a list paragraph. */
    public void bullets(List<String> items) {
        for (String item : items) {
            XWPFParagraph p = doc.createParagraph();
            p.setNumID(bullets);
            p.setSpacingAfter(40);
            run(p, item, 10, false, null);
        }
    }

    /** A table filling the width: header cells in the accent colour, repeated on every page; body rows zebra. */
    public Table table(List<String> headers, int[] percentWidths) {
        return new Table(headers, percentWidths);
    }

    /** A table being written. */
    public final class Table {

        private final XWPFTable table;
        private final int[] widths;
        private int rows;

        private Table(List<String> headers, int[] widths) {
            this.widths = widths;
            table = doc.createTable(1, headers.size());
            table.setWidth("100%");
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            head.setCantSplitRow(true);
            for (int c = 0; c < headers.size(); c++) {
                XWPFTableCell cell = head.getCell(c);
                cell.setWidth(widths[c] + "%");
                cell.setColor(ACCENT);
                run(cell.getParagraphs().getFirst(), headers.get(c), 9, true, "FFFFFF");
            }
        }

        /** A body row: each cell's text (lines become paragraphs); {@code bold} for a heading row of the body. */
        public void row(List<String> cells, boolean bold) {
            XWPFTableRow row = table.createRow();
            rows++;
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(widths[c] + "%");
                if (rows % 2 == 0) {
                    cell.setColor(ZEBRA);
                }
                lines(cell.getParagraphs().getFirst(), cells.get(c) == null ? "" : cells.get(c), 9, bold, null);
            }
        }

        /** A row spanning the whole table (a sub-section's title inside the table). */
        public void band(String text) {
            XWPFTableRow row = table.createRow();
            rows = 0;
            XWPFTableCell first = row.getCell(0);
            first.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(widths.length));
            while (row.getTableCells().size() > 1) {
                row.removeCell(1); // the cell and its w:tc
            }
            first.setColor(hex(Style.BOARD));
            run(first.getParagraphs().getFirst(), text, 9.5, true, ACCENT_DARK);
        }
    }

    public void pageBreak() {
        doc.createParagraph().setPageBreak(true);
    }

    public void write(OutputStream out) {
        try {
            doc.write(out);
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- parts

    private static void lines(XWPFParagraph p, String text, double size, boolean bold, String color) {
        String[] lines = clean(text).split("\n", -1);
        XWPFRun run = run(p, lines[0], size, bold, color);
        for (int i = 1; i < lines.length; i++) {
            run.addBreak();
            run.setText(lines[i]);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, String color) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
        run.setText(clean(text));
        return run;
    }

    private void headingStyle(int level, int halfPoints, String color) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading" + level);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("heading " + level);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        var run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewColor().setVal(color);
        run.addNewRFonts().setAscii(FONT);
        doc.createStyles().addStyle(new XWPFStyle(style));
    }

    private BigInteger bulletList() {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(360));
        level.getPPr().getInd().setHanging(BigInteger.valueOf(240));
        level.addNewRPr().addNewColor().setVal(ACCENT);
        var numbering = doc.createNumbering();
        BigInteger id = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum));
        return numbering.addNum(id);
    }

    /** "page x of y" in the document's language, x and y being Word's PAGE and NUMPAGES fields. */
    private void footer(Labels labels) {
        XWPFFooter footer = new XWPFHeaderFooterPolicy(doc).createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        String pattern = labels.text("proceedings.page", "\u0001", "\u0002");
        int x = pattern.indexOf('\u0001');
        int y = pattern.indexOf('\u0002');
        run(p, pattern.substring(0, x), 8, false, MUTED);
        field(p, "PAGE");
        run(p, pattern.substring(x + 1, y), 8, false, MUTED);
        field(p, "NUMPAGES");
        run(p, pattern.substring(y + 1), 8, false, MUTED);
    }

    private static void field(XWPFParagraph p, String instruction) {
        var field = p.getCTP().addNewFldSimple();
        field.setInstr(instruction + " \\* MERGEFORMAT");
        var r = field.addNewR();
        var props = r.addNewRPr();
        props.addNewRFonts().setAscii(FONT);
        props.addNewSz().setVal(BigInteger.valueOf(16));
        props.addNewColor().setVal(MUTED);
        r.addNewT().setStringValue("1");
    }

    private static String hex(java.awt.Color color) {
        return String.format("%02X%02X%02X", color.getRed(), color.getGreen(), color.getBlue());
    }
}
