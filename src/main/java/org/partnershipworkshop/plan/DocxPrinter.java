package org.partnershipworkshop.plan;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.partnershipworkshop.documents.BoardDocument;
import org.partnershipworkshop.documents.DocxDocument;
import org.partnershipworkshop.documents.Labels;

/** A plan or report as a Word document with the PDF's layout (documents.DocxDocument). */
final class DocxPrinter implements Printer {

    private final DocxDocument document;

    DocxPrinter(Labels labels, String title, boolean landscape) {
        document = new DocxDocument(landscape, labels, title);
    }

    @Override
    public void title(String eyebrow, String title, List<String[]> facts) {
        document.title(eyebrow, title, facts.stream().map(f -> new BoardDocument.Fact(f[0], f[1])).toList());
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
    public void note(String text) {
        document.paragraph(text, true);
    }

    @Override
    public void bullets(List<String> items) {
        document.bullets(items);
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
