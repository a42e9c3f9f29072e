package org.partnershipworkshop.proceedings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.canvas.Resource;
import org.partnershipworkshop.meeting.GroupData;
import org.partnershipworkshop.meeting.NewMeeting;
import org.partnershipworkshop.proceedings.pdf.GroupSheet;
import org.partnershipworkshop.proceedings.pdf.Overview;
import org.partnershipworkshop.proceedings.pdf.Overview.PartnerLine;
import org.partnershipworkshop.proceedings.pdf.Proceedings;

/** The read model: boards resolved against the template, partners merged by normalized name, budgets per currency. */
class ProceedingsAssemblerTest {

    private static final NewMeeting DEMO = ProceedingsFixtures.demo();

    @Test
    void groupsComeInNumberOrderWithTheBoardOfTheirTemplateInTheMeetingsLanguage() {
        List<NewMeeting.NewGroup> reversed = DEMO.groups().reversed();
        Proceedings model = ProceedingsFixtures.model(ProceedingsPdfTest.withGroups(DEMO, reversed), Optional.empty());
        assertThat(model.groups()).extracting(GroupSheet::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        GroupSheet first = model.groups().getFirst();
        assertThat(first.columns()).isEqualTo(4);
        assertThat(first.rows()).isEqualTo(3);
        assertThat(first.templateName()).isEqualTo("Умна диаграма");
        assertThat(first.fields()).hasSize(11);
        var resources = first.fields().stream().filter(f -> f.id().equals("resources")).findFirst().orElseThrow();
        assertThat(resources.label()).isEqualTo("План/ресурси");
        assertThat(resources.area().columnSpan()).isEqualTo(2);
        assertThat(resources.entries()).hasSize(4);
        assertThat(resources.totals()).isEqualTo(Map.of("BGN", new BigDecimal("2950")));
        assertThat(model.overview().targetGroupLabel()).isEqualTo("Целева група");
        assertThat(model.overview().serviceLabel()).isEqualTo("Идентифициране на услугата");
    }

    @Test
    void partnersNamedAlikeAreOnePartnerWithTheTypeNamedMostOften() {
        GroupData one = new GroupData(1, "Първа", "smart-diagram", List.of());
        GroupData two = new GroupData(2, "Втора", "smart-diagram", List.of("Мария", "Иван"));
        GroupData three = new GroupData(3, "Трета", "smart-diagram", List.of());
        NewMeeting meeting = ProceedingsPdfTest.withGroups(DEMO, List.of(
                new NewMeeting.NewGroup(one, Canvas.EMPTY.with("partners", List.of(
                        new PartnerEntry("Община Велинград", PartnerType.MUNICIPALITY, "зала"),
                        new PartnerEntry("Читалище „Светлина“", PartnerType.COMMUNITY_CENTRE, null)))
                        .with("resources", List.of(new Resource("Зала", new BigDecimal("100"), "BGN")))),
                new NewMeeting.NewGroup(two, Canvas.EMPTY.with("partners", List.of(
                        new PartnerEntry("община  велинград", PartnerType.OTHER, "реклама"),
                        new PartnerEntry("Читалище \"Светлина\"", null, null)))
                        .with("resources", List.of(new Resource("Пътни", new BigDecimal("30.5"), "EUR"),
                                new Resource("Материали", new BigDecimal("20"), "BGN")))),
                new NewMeeting.NewGroup(three, Canvas.EMPTY.with("partners", List.of(
                        new PartnerEntry("ОБЩИНА ВЕЛИНГРАД", PartnerType.MUNICIPALITY, "зала"))))));
        Overview overview = ProceedingsFixtures.model(meeting, Optional.empty()).overview();

        assertThat(overview.partners()).extracting(PartnerLine::name).containsExactly("Община Велинград", "Читалище „Светлина“");
        PartnerLine municipality = overview.partners().getFirst();
        assertThat(municipality.type()).isEqualTo(PartnerType.MUNICIPALITY);
        assertThat(municipality.roles()).containsExactly("зала", "реклама");
        assertThat(municipality.groups()).extracting(Overview.GroupRef::number).containsExactly(1, 2, 3);
        assertThat(overview.partners().get(1).type()).isEqualTo(PartnerType.COMMUNITY_CENTRE);

        assertThat(overview.budget()).hasSize(2);
        assertThat(overview.totalBudget()).containsExactly(Map.entry("BGN", new BigDecimal("120")),
                Map.entry("EUR", new BigDecimal("30.5")));
        assertThat(overview.services()).hasSize(3);
        assertThat(overview.votes()).isEmpty();
    }
}
