package org.partnershipworkshop.dialogue;

import org.partnershipworkshop.survey.DeviceKey;
import org.partnershipworkshop.survey.TooManySubmissionsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.audit.AuditEntry;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.live.RoomService;
import org.partnershipworkshop.live.Phase;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The quality dialogue through the service: the facilitator prepares, opens and closes a meeting's form;
 * anonymous devices answer it once each (a second answer replaces the first), within the limits; the results
 * count what was answered; changes of the form are audited, answers are not.
 */
@IntegrationTest
@Tag("postgres")
class DialogueServiceTest {

    @Autowired
    DialogueService dialogue;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    RoomService room;
    @Autowired
    AuditService audit;

    MeetingDetails meeting;
    /** A client address of this test alone, so the per-address throttle of other tests does not interfere. */
    String client;

    @BeforeEach
    void prepareMeeting() {
        meeting = TestData.importExample(interchange, meetings);
        client = "test-" + System.nanoTime();
    }

    private FeedbackForm openWithRecordedLines() {
        SystemTask.run(() -> dialogue.setChecklist(meeting.id(), Checklist.ofTexts(meeting.feedback().willUse())));
        return SystemTask.run(() -> dialogue.open(meeting.id()));
    }

    private long item(FeedbackForm form, String text) {
        return form.items().stream().filter(i -> i.text().equals(text)).findFirst().orElseThrow().id();
    }

    @Test
    void aPreparedFormTakesOneAnswerPerDeviceAndCountsThem() {
        assertThat(SystemTask.run(() -> dialogue.form(meeting.id()))).isEmpty();
        FeedbackForm form = openWithRecordedLines();
        assertThat(form.open()).isTrue();
        assertThat(form.items()).extracting(ChecklistItem::text).containsExactlyElementsOf(meeting.feedback().willUse());
        String code = form.code().value();
        long diagram = item(form, "Умната диаграма");
        long partners = item(form, "Привличане на партньори");

        PublicForm shown = dialogue.publicForm(code.toLowerCase(), client);
        assertThat(shown.meetingTitle()).isEqualTo(meeting.facts().title());
        assertThat(shown.open()).isTrue();
        assertThat(shown.items()).hasSize(11);

        String phone = DeviceKey.random();
        String laptop = DeviceKey.random();
        Submitted first = dialogue.submit(code, phone, new Answer(Set.of(diagram), 4, "Полезно"), client);
        assertThat(first.updated()).isFalse();
        dialogue.submit(code, laptop, new Answer(Set.of(diagram, partners), 5, null), client);
        Submitted again = dialogue.submit(code, phone, new Answer(Set.of(partners), 2, "Размислих"), client);
        assertThat(again.updated()).as("the same device changes its answer").isTrue();
        assertThat(dialogue.ownAnswer(code, phone)).contains(new Answer(Set.of(partners), 2, "Размислих"));
        assertThat(dialogue.ownAnswer(code, DeviceKey.random())).isEmpty();

        FeedbackResults results = SystemTask.run(() -> dialogue.results(meeting.id()));
        assertThat(results.answers()).isEqualTo(2);
        assertThat(results.items()).filteredOn(i -> i.id() == diagram).singleElement().extracting(FeedbackResults.ItemCount::count)
                .isEqualTo(1L);
        assertThat(results.items()).filteredOn(i -> i.id() == partners).singleElement().extracting(FeedbackResults.ItemCount::count)
                .isEqualTo(2L);
        assertThat(results.ratings()).containsExactly(0, 1, 0, 0, 1);
        assertThat(results.average()).isEqualTo(3.5);
        assertThat(results.comments()).containsExactly("Размислих");
        assertThat(SystemTask.run(() -> dialogue.form(meeting.id()))).get().extracting(FeedbackForm::answers).isEqualTo(2L);
    }

    @Test
    void aClosedFormKeepsItsAnswersRefusesNewOnesAndWorksAfterTheMeetingIsClosed() {
        FeedbackForm form = openWithRecordedLines();
        String code = form.code().value();
        String device = DeviceKey.random();
        dialogue.submit(code, device, new Answer(Set.of(), 5, null), client);
        SystemTask.run(() -> room.setPhase(meeting.id(), Phase.CLOSED));
        assertThat(dialogue.publicForm(code, client).open()).as("the room's closing does not close the form").isTrue();
        dialogue.submit(code, DeviceKey.random(), new Answer(Set.of(), 4, null), client);

        SystemTask.run(() -> dialogue.close(meeting.id()));
        assertThat(dialogue.publicForm(code, client).open()).isFalse();
        assertThatThrownBy(() -> dialogue.submit(code, device, new Answer(Set.of(), 1, null), client))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.violations().getFirst().key()).isEqualTo("dialogue.error.closed"));
        FeedbackResults results = SystemTask.run(() -> dialogue.results(meeting.id()));
        assertThat(results.answers()).isEqualTo(2);
        assertThat(results.ratings()).containsExactly(0, 0, 0, 1, 1);

        FeedbackForm reopened = SystemTask.run(() -> dialogue.open(meeting.id()));
        assertThat(reopened.code()).as("the link stays the same").isEqualTo(form.code());
        assertThat(dialogue.submit(code, device, new Answer(Set.of(), 3, null), client).updated()).isTrue();
    }

    @Test
    void renamedLinesKeepTheirCountsAndRemovedLinesLoseThem() {
        FeedbackForm form = openWithRecordedLines();
        String code = form.code().value();
        long diagram = item(form, "Умната диаграма");
        long powerPoint = item(form, "Обучение на деца на PowerPoint");
        dialogue.submit(code, DeviceKey.random(), new Answer(Set.of(diagram, powerPoint), null, null), client);

        List<ChecklistItem> edited = new ArrayList<>();
        for (ChecklistItem i : form.items()) {
            if (i.id() == diagram) {
                edited.addFirst(new ChecklistItem(diagram, "„Умната диаграма“ за нови услуги"));
            } else if (i.id() != powerPoint) {
                edited.add(i);
            }
        }
        edited.add(new ChecklistItem(null, "Онлайн анкети с читателите"));
        FeedbackForm changed = SystemTask.run(() -> dialogue.setChecklist(meeting.id(), new Checklist(edited)));
        assertThat(changed.items().getFirst()).isEqualTo(new ChecklistItem(diagram, "„Умната диаграма“ за нови услуги"));
        assertThat(changed.items()).hasSize(11).extracting(ChecklistItem::id).doesNotContain(powerPoint).doesNotContainNull();

        FeedbackResults results = SystemTask.run(() -> dialogue.results(meeting.id()));
        assertThat(results.items().getFirst().count()).isEqualTo(1);
        assertThat(results.items().getLast().text()).isEqualTo("Онлайн анкети с читателите");
        assertThat(results.items().stream().mapToLong(FeedbackResults.ItemCount::count).sum()).isEqualTo(1);

        // an id that is not the form's is refused, nothing changes
        assertThatThrownBy(() -> SystemTask.run(() -> dialogue.setChecklist(meeting.id(),
                new Checklist(List.of(new ChecklistItem(powerPoint, "Обратно"))))))
                .isInstanceOf(ValidationFailedException.class);
        assertThat(SystemTask.run(() -> dialogue.form(meeting.id())).orElseThrow().items()).hasSize(11);
        // a choice of a line that is gone is refused with a message the phone understands
        assertThatThrownBy(() -> dialogue.submit(code, DeviceKey.random(), new Answer(Set.of(powerPoint), null, null), client))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.violations().getFirst().key()).isEqualTo("dialogue.error.itemGone"));
    }

    @Test
    void badInputChangesNothing() {
        FeedbackForm form = openWithRecordedLines();
        String code = form.code().value();
        assertThatThrownBy(() -> dialogue.submit(code, "not-a-device-key", new Answer(Set.of(), 3, null), client))
                .isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> dialogue.submit("ZZZZ2222", DeviceKey.random(), new Answer(Set.of(), 3, null), client))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dialogue.publicForm("nonsense", client)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dialogue.submit(code, DeviceKey.random(), null, client))
                .isInstanceOf(ValidationFailedException.class);
        List<String> lines = IntStream.rangeClosed(1, 201).mapToObj(i -> "Ред " + i).toList();
        assertThatThrownBy(() -> SystemTask.run(() -> dialogue.setChecklist(meeting.id(), Checklist.ofTexts(lines))))
                .isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> SystemTask.run(() -> dialogue.open(987_654_321L))).isInstanceOf(NotFoundException.class);
        assertThat(SystemTask.run(() -> dialogue.results(meeting.id())).answers()).isZero();
        assertThat(SystemTask.run(() -> dialogue.form(meeting.id())).orElseThrow().items()).hasSize(11);
    }

    @Test
    void floodingFromOneAddressIsRefusedAndKeepsWhatWasSaved() {
        FeedbackForm form = openWithRecordedLines();
        String code = form.code().value();
        int saved = 0;
        TooManySubmissionsException refused = null;
        for (int i = 0; i < DialogueService.SUBMISSIONS_PER_MINUTE + 5 && refused == null; i++) {
            try {
                dialogue.submit(code, DeviceKey.random(), new Answer(Set.of(), 1 + i % 5, "flood " + i), client);
                saved++;
            } catch (TooManySubmissionsException e) {
                refused = e;
            }
        }
        assertThat(saved).isEqualTo(DialogueService.SUBMISSIONS_PER_MINUTE);
        assertThat(refused).isNotNull();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
        // wrong codes count too, and a refused client learns nothing about codes
        assertThatThrownBy(() -> dialogue.publicForm("AAAA2222", client)).isInstanceOf(TooManySubmissionsException.class);
        // another address answers at once; nothing saved was lost
        dialogue.submit(code, DeviceKey.random(), new Answer(Set.of(), 5, "after the flood"), client + "-other");
        FeedbackResults results = SystemTask.run(() -> dialogue.results(meeting.id()));
        assertThat(results.answers()).isEqualTo(saved + 1L);
        assertThat(results.comments()).hasSize(saved + 1).contains("flood 0", "after the flood");
    }

    @Test
    void changesOfTheFormAreAuditedButAnswersAreNot() {
        FeedbackForm form = openWithRecordedLines();
        dialogue.submit(form.code().value(), DeviceKey.random(), new Answer(Set.of(), 5, "таен коментар"), client);
        SystemTask.run(() -> dialogue.close(meeting.id()));
        List<AuditEntry> entries = SystemTask.run(() -> audit.search("meeting " + meeting.id(), 0, 100));
        assertThat(entries).extracting(AuditEntry::action)
                .contains("feedback.formCreated", "feedback.checklistChanged", "feedback.formOpened", "feedback.formClosed");
        assertThat(entries).noneSatisfy(e -> assertThat(e.detail()).contains("таен коментар"));
        assertThat(SystemTask.run(() -> audit.search("таен коментар", 0, 10))).isEmpty();
    }
}
