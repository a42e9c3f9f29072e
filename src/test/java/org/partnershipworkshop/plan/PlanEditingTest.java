package org.partnershipworkshop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Changing a plan through its service: rows reorder and move between sections keeping their facts, the next
 * year's plan is made from this one (terms shift, facts cleared, last year's meetings unlinked), rows come in
 * from a spreadsheet — the plan's own XLSX export read back, and a sheet with problems refused whole with the
 * sheet row of each.
 */
@IntegrationTest
class PlanEditingTest {

    @Autowired
    org.partnershipworkshop.action.ActionService actions;
    @Autowired
    PlanService plans;
    @Autowired
    PlanFactService facts;
    @Autowired
    PlanPrintService print;

    private static <T> T as(java.util.function.Supplier<T> work) {
        return SystemTask.run(work);
    }

    private long copyOfDemo() {
        return as(() -> plans.importDocument(DemoPlan.document()));
    }

    private Plan plan(long id) {
        return as(() -> plans.page(id)).plan();
    }

    private static List<String> rowIds(Plan plan, String sectionId) {
        return plan.section(sectionId).orElseThrow().rows().stream().map(Row::id).toList();
    }

    @Test
    void rowsReorderAndMoveBetweenSectionsKeepingTheirFacts() {
        long id = copyOfDemo();
        as(() -> facts.setFact(id, "r1", null, FactInput.done(YearMonth.of(2013, 1), LocalDate.of(2013, 1, 30), "Выставка «Новинки»")));
        Row before = plan(id).row("r1").orElseThrow();

        as(() -> plans.apply(id, new PlanEdit.MoveRow("r1", "s-publishing", 0)));
        Plan moved = plan(id);
        assertThat(rowIds(moved, "s-info")).containsExactly("r2");
        assertThat(rowIds(moved, "s-publishing")).startsWith("r1", "r10").hasSize(13);
        assertThat(moved.row("r1").orElseThrow().facts()).isEqualTo(before.facts());
        assertThat(moved.rows().count()).isEqualTo(73);

        // within a section: to the end and back one place
        as(() -> plans.apply(id, new PlanEdit.MoveRow("r1", "s-publishing", 99)));
        assertThat(rowIds(plan(id), "s-publishing")).endsWith("r21", "r1");
        as(() -> plans.apply(id, new PlanEdit.MoveRow("r1", "s-publishing", 11)));
        assertThat(rowIds(plan(id), "s-publishing")).endsWith("r1", "r21");

        // into a nested section of another part, and a section moved among its siblings
        as(() -> plans.apply(id, new PlanEdit.MoveRow("r1", "s-management", 2)));
        assertThat(rowIds(plan(id), "s-management").get(2)).isEqualTo("r1");
        as(() -> plans.apply(id, new PlanEdit.MoveSection("s-management", -1)));
        assertThat(plan(id).section("s-organisation").orElseThrow().sections()).extracting(Section::id)
                .containsExactly("s-management", "s-org-method");

        assertThatThrownBy(() -> as(() -> plans.apply(id, new PlanEdit.MoveRow("r1", "s-nowhere", 0))))
                .isInstanceOf(org.partnershipworkshop.base.NotFoundException.class);
        assertThat(rowIds(plan(id), "s-management").get(2)).isEqualTo("r1");
    }

    @Test
    void theNextYearsPlanShiftsTermsAndClearsFacts() {
        long id = copyOfDemo();
        as(() -> facts.setFact(id, "r3", null, FactInput.done(null, LocalDate.of(2013, 3, 20), "Проведена")));
        as(() -> facts.setActual(id, "i-consult", Period.of(YearMonth.of(2013, 1)), java.math.BigDecimal.TEN));
        as(() -> plans.apply(id, new PlanEdit.UpdateRow("r5", withLink(plan(id).row("r5").orElseThrow().data(),
                new Link(LinkKind.MEETING, 1L, null)))));
        as(() -> plans.apply(id, new PlanEdit.UpdateRow("r10", withLink(plan(id).row("r10").orElseThrow().data(),
                new Link(LinkKind.PUBLICATION, null, "Библиотечное обслуживание, 2013")))));

        long next = as(() -> plans.copyToYear(id, 2014));
        PlanPage page = as(() -> plans.page(next));
        Plan plan = page.plan();
        assertThat(plan.year()).isEqualTo(2014);
        assertThat(plan.header().title()).endsWith("на 2014 год");
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.rows().count()).isEqualTo(73);
        assertThat(plan.rows()).allSatisfy(r -> assertThat(r.facts()).isEmpty());
        assertThat(plan.indicators()).allSatisfy(i -> assertThat(i.actuals()).isEmpty());
        Row action = plan.row("r3").orElseThrow();
        assertThat(action.term()).isEqualTo("20 марта");
        assertThat(page.schedule(action).term().dueDates()).containsExactly(LocalDate.of(2014, 3, 20));
        assertThat(page.schedule(plan.row("r30").orElseThrow()).term().dueDates()).containsExactly(LocalDate.of(2014, 3, 31));
        assertThat(plan.row("r5").orElseThrow().link()).as("last year's meeting is not this year's").isNull();
        assertThat(plan.row("r10").orElseThrow().link().reference()).isEqualTo("Библиотечное обслуживание, 2013");
        assertThat(NextYear.shiftYears("до 15 января 2014 г.; отчёт за 2013", 1)).isEqualTo("до 15 января 2015 г.; отчёт за 2014");
        // the plan it came from is untouched
        assertThat(plan(id).row("r3").orElseThrow().facts()).hasSize(1);
    }

    @Test
    void aRowLinkedToANetworkActionTakesItsDatesAndParticipants() {
        long id = copyOfDemo();
        long action = as(() -> actions.list()).stream().filter(a -> a.title().contains("Библиотека – Читатель"))
                .findFirst().orElseThrow().id();
        int participants = as(() -> actions.dashboard(action)).libraries().stream()
                .mapToInt(org.partnershipworkshop.action.Standing::participants).sum();
        as(() -> plans.apply(id, new PlanEdit.UpdateRow("r5", withLink(plan(id).row("r5").orElseThrow().data(),
                new Link(LinkKind.ACTION, action, null)))));
        PlanPage page = as(() -> plans.page(id));
        LinkView link = page.links().get("r5");
        assertThat(link.resolved()).isTrue();
        assertThat(link.title()).contains("Качество услуг библиотеки");
        assertThat(link.start()).isEqualTo(LocalDate.of(2018, 11, 1));
        assertThat(link.fact()).isNotNull();
        assertThat(link.fact().participants()).isEqualTo(participants).isPositive();
        assertThat(link.fact().status()).isEqualTo(FactStatus.DONE);
    }

    private static RowData withLink(RowData d, Link link) {
        return new RowData(d.text(), d.heading(), d.level(), d.term(), d.responsible(), d.audience(), d.forLibraries(),
                d.form(), d.place(), link, d.note());
    }

    @Test
    void thePlansOwnSpreadsheetReadsBackAsRows() {
        long id = copyOfDemo();
        byte[] xlsx = as(() -> print.xlsx(id)).content();
        as(() -> plans.apply(id, new PlanEdit.AddSection(null, "Из таблицы", null)));
        String section = plan(id).sections().getLast().id();
        int added = as(() -> plans.importRows(id, section, xlsx));
        assertThat(added).isEqualTo(73);
        Plan plan = plan(id);
        List<Row> original = plan.sections().subList(0, plan.sections().size() - 1).stream().flatMap(Section::all)
                .flatMap(s -> s.rows().stream()).toList();
        List<Row> imported = plan.section(section).orElseThrow().rows();
        for (int i = 0; i < original.size(); i++) {
            Row a = original.get(i);
            Row b = imported.get(i);
            assertThat(b.text()).isEqualTo(a.text());
            assertThat(b.term()).isEqualTo(a.term());
            assertThat(b.responsible()).as(a.text()).containsExactlyInAnyOrderElementsOf(a.responsible());
            assertThat(b.form()).isEqualTo(a.form());
            assertThat(b.audience()).isEqualTo(a.audience());
            assertThat(b.forLibraries()).isEqualTo(a.forLibraries());
        }
    }

    @Test
    void aSheetWithProblemsIsRefusedWholeWithTheRowOfEach() throws Exception {
        long id = copyOfDemo();
        byte[] sheet = sheet(new String[][] {
                {"Вид деятельности", "Срок", "Ответственные", "Аудитория", "Форма", "Место", "Для библиотек"},
                {"Семинар для методистов", "15 мая", "Сипцова Л.А., Все методисты", "для методистов", "семинар", "Псков", "да"},
                {"Выезд в Дно", "в июне", "Иванова И.И.", "", "", "", ""},
                {"Конкурс чтецов", "Апрель", "Трофимова В.В.", "", "пикник", "", ""},
                {"", "Май", "Власенко О.А.", "", "", "", ""},
                {"", "", "", "", "", "", ""},
                {"Отчёт", "Ежемесячно", "", "", "", "", ""}});
        long rows = plan(id).rows().count();
        assertThatThrownBy(() -> as(() -> plans.importRows(id, "s-visits", sheet)))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).violations()).extracting(Violation::path)
                        .containsExactlyInAnyOrder("row 3.responsible", "row 4.form", "row 5.activity"));
        assertThat(plan(id).rows().count()).isEqualTo(rows);

        byte[] good = sheet(new String[][] {
                {"Вид деятельности", "Срок", "Ответственные"},
                {"Семинар для методистов", "15 мая", "Сипцова Л.А.; Все методисты", "для методистов", "Семинар", "Псков", "да"},
                {"Выезд в Дно", "после ремонта здания", "Трофимова В.В."}});
        assertThat(as(() -> plans.importRows(id, "s-visits", good))).isEqualTo(2);
        PlanPage page = as(() -> plans.page(id));
        List<Row> visits = page.plan().section("s-visits").orElseThrow().rows();
        Row seminar = visits.get(visits.size() - 2);
        assertThat(seminar.responsible()).containsExactly("siptsova", PlanLimits.ALL_METHODISTS);
        assertThat(seminar.form()).isEqualTo(ActivityForm.SEMINAR);
        assertThat(seminar.forLibraries()).isTrue();
        assertThat(page.schedule(seminar).term().dueDates()).containsExactly(LocalDate.of(2013, 5, 15));
        Row visit = visits.getLast();
        assertThat(visit.term()).as("a term not understood is kept as written").isEqualTo("после ремонта здания");
        assertThat(assertThatTermUnderstood(page, visit)).isFalse();

        assertThatThrownBy(() -> as(() -> plans.importRows(id, "s-visits", "not a sheet".getBytes())))
                .isInstanceOf(ValidationFailedException.class);
    }

    private static boolean assertThatTermUnderstood(PlanPage page, Row row) {
        return page.schedule(row).term().understood();
    }

    static byte[] sheet(String[][] cells) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Строки");
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
