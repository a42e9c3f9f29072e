package org.partnershipworkshop.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.BrowserlessTest;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.plan.ActivityForm;
import org.partnershipworkshop.plan.Indicator;
import org.partnershipworkshop.plan.Intro;
import org.partnershipworkshop.plan.Orientation;
import org.partnershipworkshop.plan.Plan;
import org.partnershipworkshop.plan.PlanHeader;
import org.partnershipworkshop.plan.PlanService;
import org.partnershipworkshop.plan.PlanStatus;
import org.partnershipworkshop.plan.PlanReaderAccess;
import org.partnershipworkshop.plan.Row;
import org.partnershipworkshop.plan.Section;
import org.partnershipworkshop.plan.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The plan's page draws its rows and indicators as HTML (decision 0181): whatever a person typed arrives as text,
 * never as markup, and the tabs not shown are not built yet.
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
        String rowsHtml = $(Div.class).withClassName("plan-rows").single().getElement().getProperty("innerHTML");
        String indicatorsHtml = $(Div.class).withClassName("plan-indicators").single().getElement().getProperty("innerHTML");
        for (String html : List.of(rowsHtml, indicatorsHtml)) {
            assertThat(html).doesNotContain("<img", "<script").contains("&lt;img src=x onerror=alert(1)&gt;");
        }
        assertThat(rowsHtml).contains("Семинар ", "Иванова ", "data-fact=\"r1\"", "id=\"row-r1\"");
        assertThat(indicatorsHtml).contains("data-actual=\"i1\"");
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
}
