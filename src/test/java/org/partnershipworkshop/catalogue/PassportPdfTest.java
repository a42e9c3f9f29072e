package org.partnershipworkshop.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleBookmark;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** The passport PDF read back with OpenPDF: every field, the facts, the project card, in the practice's language. */
@IntegrationTest
class PassportPdfTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;

    /** The text of every page, without whitespace (lines wrap wherever the layout chose). */
    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(squeeze(extractor.getTextFromPage(page)));
            }
        }
        return pages;
    }

    @SuppressWarnings("unchecked")
    private static List<String> bookmarks(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            return SimpleBookmark.getBookmarkList(reader).stream().map(m -> (String) ((Map<String, Object>) m).get("Title")).toList();
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", "");
    }

    @Test
    void thePassportShowsEveryFieldTheFactsAndTheProjectCard() throws IOException {
        String u = Practices.unique();
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        var presentation = meeting.sessions().getFirst().presentations().get(1);
        long id = Practices.create(catalogue, new PracticeFacts(Language.BG, "Смолян", 2018, 2020, "Деца от селата",
                meeting.id(), presentation.id()), Practices.fullPassport("Лятно четене " + u, u));
        String longNote = ("Дълга бележка " + u + " ").repeat(200).substring(0, 2000);
        SystemTask.run(() -> catalogue.apply(id, PracticeSheet.PASSPORT, 1, new CanvasEdit.Add("approaches", new Note(longNote))));
        SystemTask.run(() -> catalogue.createProjectCard(id));

        PracticeFile file = SystemTask.run(() -> catalogue.exportPdf(id));
        assertThat(file.fileName()).isEqualTo("practice-" + id + "-passport.pdf");
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        List<String> pages = pages(file.content());
        String all = String.join("", pages);

        assertThat(pages.getFirst()).contains(squeeze("ПАСПОРТ НА ДОБРА ПРАКТИКА"), squeeze("Лятно четене " + u),
                "Смолян", "2018–2020г.", squeeze("Деца от селата"), squeeze(meeting.facts().title()),
                squeeze(presentation.presentation().title()));
        for (String label : List.of("НАИМЕНОВАНИЕ НА ПРАКТИКАТА", "ТЕРИТОРИЯ", "СРОК НА РЕАЛИЗАЦИЯ", "ПРЕДПОСТАВКИ",
                "ЦЕЛИ И ЗАДАЧИ", "ПОДХОДИ", "РЕЗУЛТАТИ (ПОКАЗАТЕЛИ)", "УЧАСТНИЦИ И РОЛИ", "БЕНЕФИЦИЕНТИ", "РАЗХОДИ", "ЕКИП",
                "ВРЪЗКИ")) {
            assertThat(all).as("label %s", label).contains(squeeze(label));
        }
        assertThat(all).contains(squeeze("Лятно четене за всяко дете"), squeeze("Заемания, бр."),
                squeeze("последната година: 716"), squeeze("за целия период: 1 450"),
                squeeze("Читалище „Просвета 1923“ " + u), squeeze("помещение и доброволци"),
                squeeze("Книги за подвижния фонд"), squeeze("1 500,50 BGN"), "https://library.example/leto");
        // Nothing of a 2,000-character note is cut.
        assertThat(all).contains(squeeze(longNote));
        // The project card follows on its own page, with the result's base value.
        assertThat(pages.getLast()).contains(squeeze("Карта на проекта"), squeeze("РЕЗУЛТАТ НА ПРОЕКТА"),
                squeeze("базова стойност: 716"), squeeze("ПОЛЗВАТЕЛИ НА РЕЗУЛТАТА"));
        assertThat(bookmarks(file.content())).containsExactly("Паспорт на добра практика", "Карта на проекта");
        try (PdfReader reader = new PdfReader(file.content())) {
            assertThat(reader.getInfo().get("Title")).isEqualTo("Лятно четене " + u);
            assertThat(reader.getInfo().get("Author")).as("who carries the practice out")
                    .isEqualTo("Регионална библиотека „Христо Смирненски“ " + u);
        }
        // From the second page on, every page carries the practice's name and "page x of y".
        for (int page = 2; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).contains(squeeze("Страница " + page + " от " + pages.size()));
        }
    }

    @Test
    void aRussianPracticeSpeaksRussianWhoeverAsks() throws IOException {
        String u = Practices.unique();
        long id = Practices.create(catalogue, Practices.facts(Language.RU, "Смоленская область", 2020, null, null),
                Canvas.EMPTY.with("name", List.of(new Note("Неформальная библиотека " + u))));
        List<String> pages = pages(SystemTask.run(() -> catalogue.exportPdf(id)).content());
        assertThat(pages.getFirst()).contains(squeeze("ПАСПОРТ ПРАКТИКИ"), squeeze("НАИМЕНОВАНИЕ ПРАКТИКИ"),
                squeeze("с 2020 г."), "Регион");
        assertThat(String.join("", pages)).doesNotContain(squeeze("Карточка проекта"));
    }
}
