package org.partnershipworkshop.proceedings.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfPTable;
import org.partnershipworkshop.proceedings.pdf.Overview.VoteLine;
import org.partnershipworkshop.proceedings.pdf.Overview.Votes;
import org.partnershipworkshop.documents.Style;
import org.partnershipworkshop.documents.Blocks;
import org.partnershipworkshop.documents.Sections;
import org.partnershipworkshop.documents.Labels;

/** The dot vote, when the meeting had one: the groups' services by votes received, with a bar each. */
final class VotesWriter {

    private final Document document;
    private final Sections sections;
    private final Labels labels;

    VotesWriter(Document document, Sections sections, Labels labels) {
        this.document = document;
        this.sections = sections;
        this.labels = labels;
    }

    void write(Votes votes) {
        sections.heading(document, ProceedingsPlan.VOTES, Style.H2, 12);
        document.add(Blocks.paragraph(labels.text("proceedings.votes.intro", votes.votesPerTable(), votes.total()),
                Style.SMALL_MUTED, 2));
        int most = votes.lines().stream().mapToInt(VoteLine::votes).max().orElse(0);
        PdfPTable table = Blocks.table(new float[] {0.5f, 3f, 0.7f, 2f}, 1);
        table.addCell(Blocks.headCell(labels.text("proceedings.votes.place")));
        table.addCell(Blocks.headCell(labels.text("proceedings.services.group")));
        table.addCell(Blocks.headCell(labels.text("proceedings.votes.votes")));
        table.addCell(Blocks.headCell(""));
        int row = 0;
        int place = 0;
        int previous = -1;
        for (VoteLine line : votes.lines()) {
            if (line.votes() != previous) { // equal votes share a place
                place = row + 1;
                previous = line.votes();
            }
            table.addCell(Blocks.cell(place + ".", Style.SMALL_BOLD, row));
            String group = ProceedingsPlan.groupTitle(line.group().number(), line.group().name(), labels);
            table.addCell(Blocks.cell(group, Style.SMALL, row));
            table.addCell(Blocks.rightCell(String.valueOf(line.votes()), Style.SMALL_BOLD, row));
            table.addCell(Blocks.bar(most == 0 ? 0 : (float) line.votes() / most, row));
            row++;
        }
        document.add(table);
    }
}
