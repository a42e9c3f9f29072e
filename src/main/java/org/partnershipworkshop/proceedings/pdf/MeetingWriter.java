package org.partnershipworkshop.proceedings.pdf;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.partnershipworkshop.meeting.Person;
import org.partnershipworkshop.meeting.Presentation;
import org.partnershipworkshop.meeting.Session;
import org.partnershipworkshop.documents.Style;
import org.partnershipworkshop.documents.Blocks;
import org.partnershipworkshop.documents.Text;
import org.partnershipworkshop.documents.Sections;
import org.partnershipworkshop.documents.Labels;

/** The meeting: its description, the named people with their roles, and the programme with every presentation. */
final class MeetingWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Document document;
    private final Sections sections;
    private final Labels labels;

    MeetingWriter(Document document, Sections sections, Labels labels) {
        this.document = document;
        this.sections = sections;
        this.labels = labels;
    }

    void write(Proceedings p) {
        document.newPage();
        sections.heading(document, ProceedingsPlan.MEETING, Style.H1, 0);
        if (p.facts().description() != null) {
            for (String paragraph : p.facts().description().split("\\R+")) {
                document.add(Blocks.paragraph(paragraph, Style.BODY, 6));
            }
        }
        people(p.people());
        programme(p.programme());
    }

    private void people(List<Person> people) {
        sections.heading(document, ProceedingsPlan.PEOPLE, Style.H2, 12);
        if (people.isEmpty()) {
            document.add(Blocks.paragraph(labels.text("proceedings.people.none"), Style.BODY_ITALIC));
            return;
        }
        PdfPTable table = Blocks.table(new float[] {1.2f, 1.3f, 2f}, 1);
        table.addCell(Blocks.headCell(labels.text("proceedings.people.name")));
        table.addCell(Blocks.headCell(labels.text("proceedings.people.role")));
        table.addCell(Blocks.headCell(labels.text("proceedings.people.organization")));
        int row = 0;
        for (Person person : people) {
            table.addCell(Blocks.cell(person.name(), Style.BODY_BOLD, row));
            table.addCell(Blocks.cell(person.role(), Style.BODY, row));
            table.addCell(Blocks.cell(person.organization(), Style.BODY, row));
            row++;
        }
        document.add(table);
    }

    private void programme(List<Session> programme) {
        sections.heading(document, ProceedingsPlan.PROGRAMME, Style.H2, 12);
        if (programme.isEmpty()) {
            document.add(Blocks.paragraph(labels.text("proceedings.programme.none"), Style.BODY_ITALIC));
            return;
        }
        int number = 1;
        for (Session session : programme) {
            Paragraph title = Blocks.paragraph(labels.text("proceedings.session", number++, session.title()), Style.H3, 6);
            title.setSpacingBefore(8);
            title.setKeepTogether(true);
            document.add(title);
            for (Presentation presentation : session.presentations()) {
                document.add(presentation(presentation));
            }
        }
    }

    /** When, where and under whom the item happens: "17.05.2012, 10:30 · Hall 2 · Responsible: …". */
    private String plan(Presentation p) {
        String when = p.date() == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(labels.locale()).format(p.date()) + (p.time() == null ? "" : ", " + TIME.format(p.time()));
        String responsible = p.responsible() == null ? null : labels.text("proceedings.programme.responsible", p.responsible());
        return Text.join(" · ", when, p.place(), responsible);
    }

    /** A presentation as a block with an accent bar: title, who presented it, what it was about. */
    private PdfPTable presentation(Presentation p) {
        List<Element> content = new ArrayList<>();
        if (p.hasPlan()) {
            content.add(Blocks.paragraph(plan(p), Style.FIELD_LABEL, 1));
        }
        content.add(Blocks.paragraph(p.title(), Style.BODY_BOLD, 1));
        String who = Text.join(", ", p.speaker(), p.role(), p.organization());
        if (!who.isEmpty()) {
            content.add(Blocks.paragraph(who, Style.BODY_ITALIC, 2));
        }
        if (p.summary() != null) {
            for (String paragraph : p.summary().split("\\R+")) {
                content.add(Blocks.paragraph(paragraph, Style.BODY, 2));
            }
        }
        PdfPTable block = Blocks.table(new float[] {1}, 0);
        block.setSpacingBefore(2);
        block.setSpacingAfter(6);
        block.setKeepTogether(true); // a presentation starts on the next page rather than break (unless longer than a page)
        PdfPCell cell = Blocks.cell(content, 0);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColorLeft(Style.ACCENT);
        cell.setBorderWidthLeft(2.5f);
        cell.setPaddingLeft(9);
        cell.setPaddingBottom(4);
        block.addCell(cell);
        return block;
    }
}
