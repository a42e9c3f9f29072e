package org.partnershipworkshop.proceedings.pdf;

import java.io.OutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.partnershipworkshop.meeting.MeetingFacts;
import org.partnershipworkshop.documents.ContentsPage;
import org.partnershipworkshop.documents.Style;
import org.partnershipworkshop.documents.Text;
import org.partnershipworkshop.documents.PageDecorations;
import org.partnershipworkshop.documents.Sections;
import org.partnershipworkshop.documents.Labels;

/**
 * Writes the proceedings of a meeting as PDF from its read model: cover, contents, the meeting, one
 * section per group, the overview across groups, the network figure and the feedback. Each part has its
 * own writer; this class only sets the document up and calls them in order.
 */
public final class ProceedingsPdf {

    /** Told after each step (the groups are most of the work), to show progress on large meetings. */
    @FunctionalInterface
    public interface Progress {

        Progress NONE = (done, total) -> { };

        void step(int done, int total);
    }

    private static final float MARGIN = 42;

    private ProceedingsPdf() {
    }

    /** Writes the document to {@code out} and answers its page count. */
    public static int write(Proceedings p, Labels labels, OutputStream out, Progress progress) {
        Document document = new Document(PageSize.A4, MARGIN, MARGIN,
                MARGIN + PageDecorations.HEADER_BAND, MARGIN + PageDecorations.FOOTER_BAND);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.PDF_VERSION_1_7);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        metadata(document, p, labels);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(p.language().code()));
        Sections sections = new Sections(ProceedingsPlan.of(p, labels), writer);
        PageDecorations decorations = new PageDecorations(p.facts().title(), labels, sections);
        writer.setPageEvent(decorations);

        int total = p.groups().size() + 4;
        int done = 0;
        document.open();
        new CoverWriter(document, writer, labels).write(p);
        new ContentsPage(document, writer, sections, decorations).write(labels.text("proceedings.contents"));
        new MeetingWriter(document, sections, labels).write(p);
        progress.step(++done, total);
        GroupWriter groups = new GroupWriter(document, writer, sections, labels);
        groups.writePartHeading(!p.groups().isEmpty());
        boolean first = true;
        for (GroupSheet group : p.groups()) {
            groups.write(group, first);
            first = false;
            progress.step(++done, total);
        }
        document.setPageSize(PageSize.A4);
        document.newPage();
        sections.heading(document, ProceedingsPlan.OVERVIEW, Style.H1, 0);
        new ServicesWriter(document, sections, labels).write(p.overview());
        new PartnerIndexWriter(document, sections, labels).write(p.overview());
        new BudgetWriter(document, sections, labels).write(p.overview());
        p.overview().votes().ifPresent(votes -> new VotesWriter(document, sections, labels).write(votes));
        progress.step(++done, total);
        new NetworkWriter(document, writer, sections, labels).write(p);
        progress.step(++done, total);
        new FeedbackWriter(document, sections, labels).write(p.feedback(), p.form());
        int pages = writer.getPageNumber();
        document.close();
        progress.step(total, total);
        return pages;
    }

    private static void metadata(Document document, Proceedings p, Labels labels) {
        MeetingFacts f = p.facts();
        document.addTitle(labels.text("proceedings.metadata.title", f.title()));
        document.addSubject(Text.join(" · ", f.kind(), f.venue(), f.startDate().toString()));
        document.addAuthor(f.organizers().isEmpty() ? Text.join("", f.host()) : String.join("; ", f.organizers()));
        document.addKeywords(String.join(", ", f.regions()));
        document.addCreator("Partnership Workshop");
        document.addCreationDate();
    }
}
