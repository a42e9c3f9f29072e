package org.partnershipworkshop.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.DocumentSnapshot;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.canvas.Resource;
import org.partnershipworkshop.canvas.Target;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** A practice turned into a project card, and adapted into a new table's smart diagram. */
@IntegrationTest
class ProjectCardAndAdaptTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    CanvasService canvases;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;

    private long fullPractice(String u) {
        return Practices.create(catalogue, Practices.facts(Language.BG, "Смолян", 2018, 2020, "Деца"),
                Practices.fullPassport("Лятно четене " + u, u));
    }

    @Test
    void theProjectCardIsDraftedFromThePassport() {
        String u = Practices.unique();
        long id = fullPractice(u);
        Canvas passport = SystemTask.run(() -> catalogue.page(id)).practice().passport().canvas();

        DocumentSnapshot card = SystemTask.run(() -> catalogue.createProjectCard(id));

        Canvas c = card.canvas();
        assertThat(card.revision()).isEqualTo(1);
        assertThat(c.entries("goal")).isEqualTo(passport.entries("goals"));
        assertThat(c.entries("way")).isEqualTo(passport.entries("approaches"));
        assertThat(c.entries("users")).isEqualTo(passport.entries("beneficiaries"));
        assertThat(c.entries("period")).isEqualTo(passport.entries("period"));
        assertThat(c.entries("result", Target.class)).containsExactly(
                new Target("Заемания", "бр.", new BigDecimal("716"), null, null),
                new Target("Нови читатели", "души", new BigDecimal("72"), null, null));
        assertThat(c.entries("requirements")).isEmpty();
        assertThat(SystemTask.run(() -> catalogue.search(CatalogueFilter.ALL.withText(u)))).singleElement()
                .satisfies(p -> assertThat(p.hasProjectCard()).isTrue());

        // The team sets the target and the period; the card keeps every revision like the passport.
        Target loans = c.entries("result", Target.class).getFirst();
        Target aimed = new Target(loans.name(), loans.unit(), loans.base(), new BigDecimal("2000"), "декември 2027 г.");
        DocumentSnapshot saved = SystemTask.run(() -> catalogue.apply(id, PracticeSheet.PROJECT_CARD, 1,
                new CanvasEdit.Replace("result", 0, loans, aimed))).saved();
        assertThat(saved.revision()).isEqualTo(2);
        assertThat(saved.canvas().entries("result").getFirst()).isEqualTo(aimed);
        assertThat(SystemTask.run(() -> catalogue.history(id, PracticeSheet.PROJECT_CARD))).hasSize(2);
        // The passport did not change.
        assertThat(SystemTask.run(() -> catalogue.page(id)).practice().passport().revision()).isEqualTo(1);
        // Found by what only the card says.
        assertThat(SystemTask.run(() -> catalogue.search(CatalogueFilter.ALL.withText("декември 2027 " + u)))).hasSize(1);

        assertThatThrownBy(() -> SystemTask.run(() -> catalogue.createProjectCard(id)))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.violations()).extracting(Violation::key).containsExactly("practice.error.cardExists"));
        assertThat(SystemTask.run(() -> catalogue.page(id)).practice().projectCard().revision()).isEqualTo(2);
    }

    @Test
    void adaptingStartsANewTablesCanvasFromThePassport() {
        String u = Practices.unique();
        long id = fullPractice(u);
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        Canvas passport = SystemTask.run(() -> catalogue.page(id)).practice().passport().canvas();

        long groupId = SystemTask.run(() -> catalogue.adapt(id, meeting.id(), 10, "Лятно четене в Лъки"));

        var group = SystemTask.run(() -> meetings.group(groupId));
        assertThat(group.meetingId()).isEqualTo(meeting.id());
        assertThat(group.number()).isEqualTo(10);
        assertThat(group.name()).isEqualTo("Лятно четене в Лъки");
        assertThat(group.data().templateId()).isEqualTo("smart-diagram");
        Canvas canvas = SystemTask.run(() -> canvases.current(groupId)).canvas();
        assertThat(canvas.entries("targetGroup")).isEqualTo(passport.entries("beneficiaries"));
        assertThat(canvas.entries("needs")).isEqualTo(passport.entries("prerequisites"));
        assertThat(canvas.entries("service")).isEqualTo(passport.entries("name"));
        assertThat(canvas.entries("goal")).isEqualTo(passport.entries("goals"));
        assertThat(canvas.entries("activities")).isEqualTo(passport.entries("approaches"));
        assertThat(canvas.entries("information")).isEqualTo(passport.entries("links"));
        assertThat(canvas.entries("resources", Resource.class)).isEqualTo(passport.entries("costs", Resource.class));
        assertThat(canvas.entries("partners", PartnerEntry.class)).isEqualTo(passport.entries("participants", PartnerEntry.class));
        // Results become notes in the meeting's language, with their values (digits grouped by a narrow space).
        assertThat(canvas.entries("results", Note.class)).extracting(n -> n.text().replaceAll("[\\u00A0\\u202F]", " "))
                .containsExactly(
                "Заемания, бр.: последната година 716 · целия период 1 450", "Нови читатели, души: последната година 72");
        assertThat(canvas.entries("socialEffect")).isEmpty();
        assertThat(SystemTask.run(() -> canvases.history(groupId))).hasSize(2);
    }

    @Test
    void aTakenTableNumberIsRefusedAndNothingIsAdded() {
        long id = fullPractice(Practices.unique());
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        assertThatThrownBy(() -> SystemTask.run(() -> catalogue.adapt(id, meeting.id(), 3, "Още една маса")))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::key)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("number", "error.groupNumberTaken")));
        assertThat(SystemTask.run(() -> meetings.details(meeting.id())).groups()).hasSize(meeting.groups().size());
    }
}
