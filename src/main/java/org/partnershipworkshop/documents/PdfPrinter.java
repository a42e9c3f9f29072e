package org.partnershipworkshop.documents;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** A document as PDF in the proceedings' look ({@link BoardDocument}: fonts, bookmarks, "page x of y"). */
public final class PdfPrinter implements Printer {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    private final BoardDocument document;

    /** {@code parts}: every heading the document will have, planned (id, title, parent id). */
    public PdfPrinter(Labels labels, String runningTitle, String author, List<BoardDocument.Part> parts, boolean landscape) {
        document = new BoardDocument(out, labels, runningTitle, author, parts, landscape);
    }

    @Override
    public void title(String eyebrow, String title, List<String[]> facts) {
        document.title(eyebrow, title, asFacts(facts));
    }

    @Override
    public void cover(String eyebrow, String subtitle, String title, List<String[]> facts, String contentsTitle) {
        document.cover(eyebrow, subtitle, title, asFacts(facts), contentsTitle);
    }

    @Override
    public void heading(String id, String text, int level) {
        if (id == null) {
            document.subheading(text, Style.H3);
        } else if (level == 1) {
            document.part(id, false);
        } else {
            document.section(id);
        }
    }

    @Override
    public void paragraph(String text) {
        document.add(Blocks.paragraph(text, Style.BODY, 4));
    }

    @Override
    public void label(String text) {
        document.subheading(text, Style.FIELD_LABEL);
    }

    @Override
    public void note(String text) {
        document.note(text);
    }

    @Override
    public void bullets(List<String> items) {
        items.forEach(i -> document.add(Blocks.bullet(i, Style.BODY, 0)));
    }

    @Override
    public void facts(List<String[]> facts) {
        PdfPTable table = Blocks.factTable();
        table.setSpacingBefore(4);
        asFacts(facts).forEach(f -> Blocks.fact(table, f.label(), f.value()));
        table.setSpacingAfter(8);
        document.add(table);
    }

    @Override
    public void bars(String labelHeader, String countHeader, List<Bar> bars) {
        document.add(Blocks.bars(new float[] {3f, 0.7f, 2.3f}, labelHeader, countHeader, bars, Style.SMALL));
    }

    private static List<BoardDocument.Fact> asFacts(List<String[]> facts) {
        return facts.stream().map(f -> new BoardDocument.Fact(f[0], f[1])).toList();
    }

    @Override
    public void table(List<String> headers, int[] percentWidths, List<Line> lines) {
        float[] widths = new float[percentWidths.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = percentWidths[i];
        }
        PdfPTable table = Blocks.table(widths, 1);
        headers.forEach(h -> table.addCell(Blocks.headCell(h)));
        int row = 0;
        for (Line line : lines) {
            if (line.cells().size() == 1) {
                PdfPCell band = Blocks.cell(line.cells().getFirst(), Style.BODY_BOLD, 0);
                band.setColspan(headers.size());
                band.setBackgroundColor(Style.BOARD);
                table.addCell(band);
                row = 0;
                continue;
            }
            row++;
            for (String cell : line.cells()) {
                table.addCell(Blocks.cell(lines(cell, line.heading() ? Style.SMALL_BOLD : Style.SMALL), row));
            }
        }
        document.add(table);
    }

    private static List<Element> lines(String text, org.openpdf.text.Font font) {
        return (text == null ? List.<String>of() : List.of(text.split("\n"))).stream()
                .map(t -> (Element) paragraph(t, font)).toList();
    }

    private static Paragraph paragraph(String text, org.openpdf.text.Font font) {
        Paragraph p = Blocks.paragraph(text, font);
        p.setSpacingAfter(1);
        return p;
    }

    @Override
    public void keepLines(int lines) {
        document.keepRoom(lines * Style.BODY.getSize() * 1.6f);
    }

    @Override
    public void newPage() {
        document.add(org.openpdf.text.Chunk.NEXTPAGE);
    }

    @Override
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }
}
