package org.partnershipworkshop.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipworkshop.support.PdfText.squeeze;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.support.PdfText;
import org.partnershipworkshop.survey.QuestionKind;
import org.partnershipworkshop.survey.SurveyResults;
import org.partnershipworkshop.survey.SurveyService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo action of seed 004 printed and read back: the summary (PDF and DOCX) names every library, quotes every
 * text of the reports submitted or accepted and none of the drafts' or returned ones', gives every question with
 * its count and average, the late and the missing reports; it has bookmarks and "page x of y". The letters of
 * thanks have one page per library; the ranking follows its weights, computed here from the dashboard.
 */
@IntegrationTest
class ActionPrintTest {

    private static final List<String> QUOTED = List.of("highlights", "results", "problems", "recommendations",
            "positives", "feedback");

    @Autowired
    ActionService actions;
    @Autowired
    ReportService reports;
    @Autowired
    SurveyService surveys;
    @Autowired
    ActionPrintService print;

    private long demo() {
        return SystemTask.run(() -> actions.list()).stream().filter(a -> a.title().contains("Библиотека – Читатель"))
                .findFirst().orElseThrow().id();
    }

    /** The files under target/action-print, to look at the pages (pdftoppm). */
    private static void keep(ActionFile file) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "action-print"));
        java.nio.file.Files.write(dir.resolve(file.fileName()), file.content());
    }

    private static boolean in(ReportStatus status) {
        return status == ReportStatus.SUBMITTED || status == ReportStatus.ACCEPTED;
    }

    /** The ranking as the weights say, from the dashboard's own figures. */
    private static List<Standing> expectedOrder(Dashboard board) {
        Comparator<Standing> order = Comparator.comparingDouble(ActionPrintTest::score).reversed()
                .thenComparing(Comparator.comparingInt(Standing::held).reversed())
                .thenComparing(Comparator.comparingLong(Standing::answers).reversed())
                .thenComparing(Standing::library);
        return board.libraries().stream().sorted(order).toList();
    }

    private static double score(Standing s) {
        boolean onTime = in(s.report()) && !s.late();
        return Math.round((3.0 * s.held() + s.answers() / 10.0 + (onTime ? 5 : 0)) * 10) / 10.0;
    }

    @Test
    void theSummaryHoldsEveryLibraryEveryQuotedTextEveryQuestionAndTheLateAndMissingReports() throws Exception {
        long id = demo();
        Dashboard board = SystemTask.run(() -> actions.dashboard(id));
        List<LibraryReport> all = SystemTask.run(() -> reports.reports(id));
        SurveyResults results = SystemTask.run(() -> surveys.results(Participation.survey(id)));
        ActionFile pdf = SystemTask.run(() -> print.summaryPdf(id));
        ActionFile docx = SystemTask.run(() -> print.summaryDocx(id));
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.fileName()).endsWith(".pdf");
        assertThat(docx.mediaType()).isEqualTo(ActionFile.DOCX);
        keep(pdf);
        keep(docx);

        String inDocx;
        List<String> docxHeadings = new ArrayList<>();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.content()));
             XWPFWordExtractor words = new XWPFWordExtractor(word)) {
            inDocx = squeeze(words.getText());
            for (XWPFParagraph p : word.getParagraphs()) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    docxHeadings.add(p.getStyle() + ":" + p.getText());
                }
            }
            assertThat(word.getTables()).hasSizeGreaterThan(10);
        }
        try (PdfText text = new PdfText(pdf.content())) {
            String body = text.bodyWithoutSpaces();
            assertThat(body).doesNotContain("!actionprint");
            assertThat(inDocx).doesNotContain("!actionprint");

            assertThat(board.libraries()).hasSize(31);
            for (Standing s : board.libraries()) {
                assertThat(text.showsInOrder(s.library())).as("PDF names %s", s.library()).isTrue();
                assertThat(inDocx).as("DOCX names %s", s.library()).contains(squeeze(s.library()));
            }

            List<LibraryReport> quoted = all.stream().filter(r -> in(r.status())).toList();
            assertThat(quoted).hasSizeGreaterThan(20);
            int passages = 0;
            for (LibraryReport r : quoted) {
                for (String section : QUOTED) {
                    for (String paragraph : r.section(section)) {
                        assertThat(text.showsInOrder(paragraph)).as("PDF quotes %s of %s: %s", section, r.library(), paragraph).isTrue();
                        assertThat(inDocx).as("DOCX quotes %s of %s", section, r.library()).contains(squeeze(paragraph));
                        passages++;
                    }
                }
            }
            assertThat(passages).isGreaterThan(100);
            List<LibraryReport> notQuoted = all.stream().filter(r -> r.status() == ReportStatus.DRAFT || r.status() == ReportStatus.RETURNED).toList();
            assertThat(notQuoted).hasSize(4);
            for (LibraryReport r : notQuoted) {
                for (String section : QUOTED) {
                    assertThat(r.section(section)).isNotEmpty();
                    for (String paragraph : r.section(section)) {
                        assertThat(body).as("PDF does not quote the %s report of %s", r.status(), r.library()).doesNotContain(squeeze(paragraph));
                        assertThat(inDocx).as("DOCX does not quote the %s report of %s", r.status(), r.library()).doesNotContain(squeeze(paragraph));
                    }
                }
            }
            assertThat(body).contains(squeeze("Цитируются только представленные и принятые отчёты (" + quoted.size() + " из 31)"));

            Locale ru = Locale.of("ru");
            assertThat(results.questions()).hasSize(10);
            for (SurveyResults.QuestionResult q : results.questions()) {
                assertThat(text.showsInOrder(q.labels().ru())).as("PDF asks %s", q.id()).isTrue();
                assertThat(inDocx).contains(squeeze(q.labels().ru()));
                String answered = squeeze("Ответили на вопрос: " + q.answered());
                assertThat(body).as("count of %s", q.id()).contains(answered);
                assertThat(inDocx).contains(answered);
                if (q.kind() == QuestionKind.RATING) {
                    String average = squeeze("Средняя оценка по области: " + String.format(ru, "%.2f", q.average()) + " из 5");
                    assertThat(body).as("average of %s", q.id()).contains(average);
                    assertThat(inDocx).contains(average);
                }
            }
            SurveyResults.QuestionResult proposals = results.question("proposals").orElseThrow();
            assertThat(proposals.texts()).isNotEmpty();
            proposals.texts().stream().limit(100).forEach(t -> assertThat(text.showsInOrder(t.text() + " — " + t.channelName())).isTrue());

            // (f): the late ones and the missing ones, each under its own line, before the ranking
            List<Standing> late = board.libraries().stream().filter(Standing::late).toList();
            List<Standing> missing = board.libraries().stream().filter(s -> s.submittedAt() == null).toList();
            assertThat(late).hasSize(4);
            assertThat(missing).hasSize(3);
            int lateAt = body.indexOf(squeeze("Представлены после срока (4)"));
            int missingAt = body.indexOf(squeeze("Не представлены (3)"));
            int rankingAt = body.lastIndexOf(squeeze("Рейтинг самых активных библиотек"));
            assertThat(lateAt).isPositive().isLessThan(missingAt);
            assertThat(missingAt).isLessThan(rankingAt);
            late.forEach(s -> assertThat(body.substring(lateAt, missingAt)).contains(squeeze(s.library())));
            missing.forEach(s -> assertThat(body.substring(missingAt, rankingAt)).contains(squeeze(s.library())));
            assertThat(inDocx).contains(squeeze("Представлены после срока (4)"), squeeze("Не представлены (3)"));
            assertThat(body).contains(squeeze("за каждое проведённое мероприятие — 3; за каждые 10 ответов"));

            assertThat(text.bookmarkTitles(false)).contains("Об акции", "Участие", "Анкетирование читателей",
                    "Яркие мероприятия и практические результаты", "Проблемы и рекомендации",
                    "Отчёты после срока и не представленные", "Рейтинг самых активных библиотек");
            assertThat(text.bookmarkTitles(true)).contains("Наиболее яркие мероприятия", "Практические результаты",
                    "Средние оценки по муниципальным образованиям", "1. " + results.questions().getFirst().labels().ru());
            int pages = text.pageCount();
            assertThat(pages).isGreaterThan(10);
            assertThat(squeeze(text.page(2))).contains(squeeze("Страница 2 из " + pages));
            assertThat(squeeze(text.page(pages))).contains(squeeze("Страница " + pages + " из " + pages));
            for (int page = 1; page <= pages; page++) {
                assertThat(squeeze(text.withoutDecorations(page))).as("page %d has content", page).isNotEmpty();
            }
        }
        assertThat(docxHeadings).contains("Heading1:Участие", "Heading2:Наиболее яркие мероприятия",
                "Heading1:Рейтинг самых активных библиотек");
    }

    @Test
    void theLettersHaveOnePagePerLibraryWithItsName() throws Exception {
        long id = demo();
        Dashboard board = SystemTask.run(() -> actions.dashboard(id));
        List<Standing> thanked = expectedOrder(board).stream().filter(s -> s.held() > 0 && in(s.report())).limit(10).toList();
        assertThat(thanked).hasSize(10);
        ActionFile letters = SystemTask.run(() -> print.letters(id, List.of()));
        assertThat(letters.mediaType()).isEqualTo("application/pdf");
        keep(letters);
        try (PdfText text = new PdfText(letters.content())) {
            assertThat(text.pageCount()).isEqualTo(thanked.size());
            for (int page = 1; page <= thanked.size(); page++) {
                Standing s = thanked.get(page - 1);
                String onPage = squeeze(text.page(page));
                assertThat(onPage).contains(squeeze("Благодарственное письмо"), squeeze(s.library()),
                        squeeze("проведено мероприятий — " + s.held()), squeeze("Директор"), squeeze("Координатор акции"),
                        squeeze("14 нояб. 2018"));
            }
        }

        List<Standing> chosen = List.of(board.libraries().get(5), board.libraries().get(2));
        ActionFile two = SystemTask.run(() -> print.letters(id, chosen.stream().map(Standing::libraryId).toList()));
        try (PdfText text = new PdfText(two.content())) {
            assertThat(text.pageCount()).isEqualTo(2);
            assertThat(squeeze(text.page(1))).contains(squeeze(chosen.get(0).library()));
            assertThat(squeeze(text.page(2))).contains(squeeze(chosen.get(1).library()));
        }
        assertThatThrownBy(() -> SystemTask.run(() -> print.letters(id, List.of(987_654_321L))))
                .isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void theRankingFollowsItsWeights() {
        long id = demo();
        Dashboard board = SystemTask.run(() -> actions.dashboard(id));
        List<Ranked> ranking = SystemTask.run(() -> print.ranking(id));
        List<Standing> expected = expectedOrder(board);
        assertThat(ranking).extracting(Ranked::libraryId).containsExactlyElementsOf(expected.stream().map(Standing::libraryId).toList());
        for (int i = 0; i < ranking.size(); i++) {
            assertThat(ranking.get(i).score()).isEqualTo(score(expected.get(i)));
            assertThat(ranking.get(i).events()).isEqualTo(expected.get(i).held());
        }
        assertThat(ranking.getFirst().score()).isGreaterThan(ranking.getLast().score());
        assertThat(Ranked.EVENT_POINTS).isEqualTo(3);
        assertThat(Ranked.ANSWERS_PER_POINT).isEqualTo(10);
        assertThat(Ranked.ON_TIME_POINTS).isEqualTo(5);
    }
}
