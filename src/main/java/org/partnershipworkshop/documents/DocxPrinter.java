package org.partnershipworkshop.documents;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** A document as Word document with the PDF's layout ({@link DocxDocument}). */
public final class DocxPrinter implements Printer {

    private final DocxDocument document;

    public DocxPrinter(Labels labels, String title, boolean landscape) {
        document = new DocxDocument(landscape, labels, title);
    }

    @Override
    public void title(String eyebrow, String title, List<String[]> facts) {
        document.title(eyebrow, title, asFacts(facts));
    }

    @Override
    public void cover(String eyebrow, String subtitle, String title, List<String[]> facts, String contentsTitle) {
        document.title(eyebrow, title, asFacts(facts));
        if (subtitle != null && !subtitle.isBlank()) {
            document.paragraph(subtitle, true);
        }
        document.pageBreak();
        document.contents(contentsTitle);
        document.pageBreak();
    }

    @Override
    public void heading(String id, String text, int level) {
        document.heading(text, Math.min(level, 3));
    }

    @Override
    public void paragraph(String text) {
        document.paragraph(text, false);
    }

    @Override
    public void label(String text) {
        document.label(text);
    }

    @Override
    public void note(String text) {
        document.paragraph(text, true);
    }

    @Override
    public void bullets(List<String> items) {
        document.bullets(items);
    }

    @Override
    public void facts(List<String[]> facts) {
        document.facts(asFacts(facts));
    }

    /** The bars as a Word table: label, count, and the bar drawn with block characters (20 for the largest). */
    @Override
    public void bars(String labelHeader, String countHeader, List<Bar> bars) {
        long most = Math.max(1, bars.stream().mapToLong(Bar::count).max().orElse(0));
        DocxDocument.Table table = document.table(List.of(labelHeader, countHeader, ""), new int[] {50, 12, 38});
        for (Bar bar : bars) {
            table.row(List.of(bar.label(), String.valueOf(bar.count()), "█".repeat((int) Math.round(20.0 * bar.count() / most))), false);
        }
    }

    private static List<BoardDocument.Fact> asFacts(List<String[]> facts) {
        return facts.stream().map(f -> new BoardDocument.Fact(f[0], f[1])).toList();
    }

    @Override
    public void table(List<String> headers, int[] percentWidths, List<Line> lines) {
        DocxDocument.Table table = document.table(headers, percentWidths);
        for (Line line : lines) {
            if (line.cells().size() == 1) {
                table.band(line.cells().getFirst());
            } else {
                table.row(line.cells(), line.heading());
            }
        }
    }

    /** Word keeps a heading with what follows by itself (the heading styles keep with next). */
    @Override
    public void keepLines(int lines) {
    }

    @Override
    public void newPage() {
        document.pageBreak();
    }

    @Override
    public byte[] finish() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        document.write(out);
        return out.toByteArray();
    }
}
