package org.partnershipworkshop.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.BrowserlessTest;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.plan.ActivityForm;
import org.partnershipworkshop.plan.Indicator;
import org.partnershipworkshop.plan.Intro;
import org.partnershipworkshop.plan.Orientation;
import org.partnershipworkshop.plan.Plan;
import org.partnershipworkshop.plan.PlanHeader;
import org.partnershipworkshop.plan.PlanService;
import org.partnershipworkshop.plan.PlanStatus;
import org.partnershipworkshop.plan.PlanSummary;
import org.partnershipworkshop.plan.PlanReaderAccess;
import org.partnershipworkshop.plan.Row;
import org.partnershipworkshop.plan.Section;
import org.partnershipworkshop.plan.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;

/**
 * The plan's page sends its rows and indicators as a tree of plain data (decisions 0181, 0183): whatever a person
 * typed travels as a text, never as markup; and the tabs not shown are not built yet.
 */
@BrowserlessTest
@WithMockUser(username = "facilitator", roles = {"FACILITATOR", "MANAGER"})
class PlanViewTest extends SpringBrowserlessTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)> & \"quotes\" <script>alert(2)</script>";

    @Autowired
    PlanService plans;

    private long hostilePlan() {
        List<Row> rows = List.of(new Row("r1", "Семинар " + HOSTILE, false, 0, "Февраль " + HOSTILE, List.of("p1"),
                HOSTILE, false, ActivityForm.SEMINAR, HOSTILE, null, null, List.of(), 0));
        List<Indicator> indicators = List.of(new Indicator("i1", "Читатели " + HOSTILE, "чел.", BigDecimal.TEN,
                List.of(), List.of()));
        Plan plan = new Plan(new PlanHeader("Библиотека", "Отдел", 2013, "План " + HOSTILE, Language.RU,
                Orientation.PORTRAIT, List.of(), null), PlanStatus.DRAFT, null, Intro.EMPTY,
                List.of(new StaffMember("p1", "Иванова " + HOSTILE, "методист", true, null)),
                List.of(new Section("s1", "Раздел " + HOSTILE, null, indicators, rows, List.of())));
        return plans.importDocument(PlanReaderAccess.write(plan));
    }

    @Test
    void typedMarkupIsTextInTheRowsAndIndicators() {
        long id = hostilePlan();
        navigate("plans/" + id, PlanView.class);
        JsonNode rows = tree($(LineBlock.class).all().stream().filter(b -> b.getElement().getClassList().contains("plan-rows"))
                .findFirst().orElseThrow());
        JsonNode indicators = tree($(LineBlock.class).all().stream()
                .filter(b -> b.getElement().getClassList().contains("plan-indicators")).findFirst().orElseThrow());
        for (JsonNode tree : List.of(rows, indicators)) {
            // Only elements the browser builds itself; the person's text only ever as a text.
            assertThat(tree.findValuesAsString("tag")).isNotEmpty().allMatch(t -> List.of("div", "span", "button").contains(t));
            assertThat(tree.findValuesAsString("text")).anyMatch(t -> t.contains(HOSTILE));
        }
        // The row's buttons come from the templates, filled with its id in the browser.
        assertThat(rows.toString()).contains("\"row-r1\"").contains("\"use\":\"fact\",\"value\":\"r1\"")
                .contains("\"use\":\"tools\",\"value\":\"r1\"");
        assertThat(rows.get("templates").get("fact").toString()).contains("\"fact\":\"\"");
        assertThat(rows.findValuesAsString("text")).contains("Семинар " + HOSTILE, "Иванова " + HOSTILE);
        assertThat(indicators.toString()).contains("\"actual\":\"i1\"");
    }

    private static JsonNode tree(LineBlock block) {
        return Json.MAPPER.readTree(block.getElement().getPropertyRaw("tree").toString());
    }

    @Test
    void onlyTheTabShownIsBuilt() {
        long id = hostilePlan();
        navigate("plans/" + id, PlanView.class);
        assertThat($(PlanSheet.class).all()).hasSize(1);
        assertThat($(MonthPanel.class).all()).isEmpty();
        assertThat($(StaffPanel.class).all()).isEmpty();
        TabSheet tabs = $(TabSheet.class).single();
        tabs.setSelectedIndex(2);
        assertThat($(StaffPanel.class).all()).hasSize(1);
        assertThat($(MonthPanel.class).all()).isEmpty();
        tabs.setSelectedIndex(1);
        assertThat($(MonthPanel.class).all()).hasSize(1);
        tabs.setSelectedIndex(0);
        assertThat($(PlanSheet.class).all()).hasSize(1);
    }

    /** A year is written as a year: «План на 2014», never with a thousands separator («2 014»). */
    @Test
    void nextYearsPlanIsOfferedWithTheYearAsWritten() {
        hostilePlan();
        navigate(PlansView.class);
        @SuppressWarnings("unchecked")
        Grid<PlanSummary> grid = $(Grid.class).single();
        var tester = test(grid);
        List<String> offers = new java.util.ArrayList<>();
        for (int r = 0; r < tester.size(); r++) {
            offers.add(((Button) tester.getCellComponent(r, grid.getColumns().size() - 1)).getText());
        }
        assertThat(offers).isNotEmpty().anyMatch(t -> t.endsWith("2014")).noneMatch(t -> t.contains("2 014") || t.contains("2\u00A0014"));
    }
}
