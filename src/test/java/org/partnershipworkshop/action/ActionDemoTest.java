package org.partnershipworkshop.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.survey.SurveyResults;
import org.partnershipworkshop.survey.SurveyService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The 2018 action of seed 004 as the demo holds it on first start: imported through workshop-action/1 with its
 * regulation, stages, hashtags, 31 libraries and their events; reader answers over the libraries; the reports
 * as received (accepted, submitted, returned, drafts, late ones, one missing). Its document reads back to the
 * file it came from, and a document naming an unknown library or breaking a rule is refused with the path.
 */
@IntegrationTest
class ActionDemoTest {

    @Autowired
    ActionService actions;
    @Autowired
    ReportService reports;
    @Autowired
    SurveyService surveys;

    private long demo() {
        return SystemTask.run(() -> actions.list()).stream().filter(a -> a.title().contains("Библиотека – Читатель"))
                .findFirst().orElseThrow().id();
    }

    @Test
    void theDemoActionHoldsTheSeedsFactsLibrariesAnswersAndReports() throws Exception {
        long id = demo();
        Dashboard board = SystemTask.run(() -> actions.dashboard(id));
        ActionFacts f = board.action().facts();
        assertThat(f.starts()).hasToString("2018-11-01");
        assertThat(f.ends()).hasToString("2018-11-08");
        assertThat(f.reportsDue()).hasToString("2018-11-10");
        assertThat(f.summary().date()).hasToString("2018-11-14");
        assertThat(f.hashtags()).containsExactly("#неделякачествавбиблиотеке", "#библиотека-читатель");
        assertThat(f.stages()).extracting(Stage::name).containsExactly("Городской/районный этап", "Региональный этап");
        assertThat(f.regulation()).extracting(RegulationPart::heading).contains("2. Цель и задачи акции");
        assertThat(board.libraries()).hasSize(31);
        assertThat(board.libraries()).filteredOn(s -> s.joined() == Joined.SELF).hasSize(3);
        assertThat(board.answers()).isEqualTo(DemoAction.ANSWERS);
        assertThat(board.libraries().stream().mapToInt(Standing::planned).sum()).isGreaterThan(90);

        Map<ReportStatus, Long> byStatus = board.libraries().stream().collect(Collectors.groupingBy(Standing::report, Collectors.counting()));
        assertThat(byStatus.get(ReportStatus.NOT_STARTED)).isEqualTo(1);
        assertThat(byStatus.get(ReportStatus.RETURNED)).isEqualTo(2);
        assertThat(byStatus.get(ReportStatus.DRAFT)).isEqualTo(2);
        assertThat(board.libraries()).filteredOn(Standing::late).hasSize(4);
        // the one missing report is overdue (today is years after 10 November 2018)
        assertThat(board.libraries()).filteredOn(Standing::overdue).extracting(Standing::library)
                .allMatch(name -> !name.isBlank()).hasSize(3);

        List<LibraryReport> all = SystemTask.run(() -> reports.reports(id));
        LibraryReport accepted = all.stream().filter(r -> r.status() == ReportStatus.ACCEPTED).findFirst().orElseThrow();
        assertThat(accepted.section("highlights")).isNotEmpty();
        assertThat(all.stream().filter(r -> r.status() == ReportStatus.RETURNED)).allMatch(r -> r.comment() != null && !r.comment().isBlank());

        SurveyResults results = SystemTask.run(() -> surveys.results(Participation.survey(id)));
        assertThat(results.answers()).isEqualTo(DemoAction.ANSWERS);
        assertThat(results.question("overall").orElseThrow().average()).isBetween(3.0, 5.0);
        assertThat(results.byGroup()).isNotEmpty();
    }

    @Test
    void theDocumentReadsBackToTheFileItCameFrom() throws Exception {
        long id = demo();
        JsonNode written = Json.MAPPER.valueToTree(SystemTask.run(() -> actions.document(id)));
        JsonNode file = Json.MAPPER.readTree(new org.springframework.core.io.ClassPathResource(DemoAction.ACTION).getInputStream());
        assertThat(written).isEqualTo(file);
    }

    @Test
    void aDocumentWithAnUnknownLibraryOrABrokenRuleIsRefusedWithItsPath() {
        String doc = """
                {"format": "workshop-action/1", "title": "T", "kind": "campaign", "language": "ru",
                 "starts": "2026-03-01", "ends": "2026-03-08",
                 "questionnaire": {"questions": [{"id": "q1", "kind": "yesno", "required": true,
                   "labels": {"bg": "Да?", "ru": "Да?", "en": "Yes?"}}]},
                 "libraries": [{"library": "pskov-city-cgb"}, {"library": "no-such-library"}]}""";
        assertThatThrownBy(() -> SystemTask.run(() -> actions.importDocument(doc.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + " " + v.key()).containsExactly("libraries[1].library action.error.unknownLibrary"));
        String broken = doc.replace("\"ends\": \"2026-03-08\"", "\"ends\": \"2026-02-08\"");
        assertThatThrownBy(() -> SystemTask.run(() -> actions.importDocument(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + " " + v.key()).containsExactly("ends action.error.endsBeforeStart"));
        String badEvent = doc.replace("{\"library\": \"no-such-library\"}",
                "{\"library\": \"gdovsky-crb\", \"events\": [{\"title\": \"x\", \"place\": \"online\", \"link\": \"javascript:alert(1)\"}]}");
        assertThatThrownBy(() -> SystemTask.run(() -> actions.importDocument(badEvent.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + " " + v.key()).containsExactly("libraries[1].events[0].link action.error.link"));
    }
}
