package org.partnershipworkshop.canvas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipworkshop.live.Seating.as;
import static org.partnershipworkshop.live.Seating.seatAt;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.BrowserlessTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.security.TableSeat;
import org.partnershipworkshop.canvas.DocumentBroadcaster;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.live.LiveBroadcaster;
import org.partnershipworkshop.live.JoinService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.meeting.ui.MeetingsView;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Two laptops at one table, without a browser: this editor is one laptop, the other saves through the service
 * as the table's participant. Its saves appear live; the row being typed in is never overwritten; a save on a
 * stale revision tells what the other changed and keeps both; the history shows and restores every version.
 */
@BrowserlessTest
@WithMockUser(username = "facilitator", roles = {"FACILITATOR", "MANAGER"})
@Tag("postgres")
class CanvasEditorLiveTest extends SpringBrowserlessTest {

    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    CanvasService canvases;
    @Autowired
    DocumentBroadcaster canvasBroadcaster;
    @Autowired
    LiveBroadcaster liveBroadcaster;
    @Autowired
    JoinService joining;

    MeetingDetails meeting;
    TableSeat otherLaptop;
    CanvasEditorView view;

    @BeforeEach
    void openGroupTwo() {
        meeting = TestData.importExample(interchange, meetings);
        otherLaptop = seatAt(meeting, 2);
        SystemTask.run(() -> joining.joinInfo(meeting.id())); // the meeting is open to tables
        view = navigate("groups/" + otherLaptop.groupId(), CanvasEditorView.class);
    }

    private void await(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            roundTrip();
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 10 s: " + what);
            }
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private FieldArea<?> area(String fieldId) {
        return $(FieldArea.class).all().stream()
                .filter(a -> fieldId.equals(a.getElement().getAttribute("data-field"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<EntryRow<?>> rows(String fieldId) {
        return (List<EntryRow<?>>) (List<?>) $(EntryRow.class, area(fieldId)).all();
    }

    private List<String> shownNotes(String fieldId) {
        return rows(fieldId).stream().map(r -> ((Note) r.entry()).text()).toList();
    }

    private CanvasSnapshot saved() {
        return SystemTask.run(() -> canvases.current(otherLaptop.groupId()));
    }

    /** The other laptop applies one change on the revision it has. */
    private void otherLaptopSaves(CanvasEdit edit) {
        long revision = saved().revision();
        as(otherLaptop, () -> canvases.apply(otherLaptop.groupId(), revision, edit));
    }

    private String status() {
        return $(Span.class).all().stream().filter(s -> s.hasClassName("save-status")).findFirst().orElseThrow().getText();
    }

    @Test
    void theOtherLaptopsSavesAppearLive() {
        otherLaptopSaves(new CanvasEdit.Add("goal", new Note("Всяко дете идва веднъж седмично")));
        await(() -> shownNotes("goal").contains("Всяко дете идва веднъж седмично"), "the other laptop's note");
        assertThat(status()).contains(String.valueOf(saved().revision()));
        assertThat(rows("goal").getFirst().hasClassName("flash-a") || rows("goal").getFirst().hasClassName("flash-b")).isTrue();

        // this laptop's next change is based on what it shows: no merge to report
        TextArea adder = $(TextArea.class, area("goal")).all().getLast();
        test(adder).setValue("Родителите идват с децата");
        test($(Button.class, area("goal")).all().getLast()).click();
        assertThat(saved().canvas().entries("goal")).hasSize(2);
        assertThat($(Notification.class).all()).isEmpty();
    }

    @Test
    void theRowBeingTypedInIsLeftAloneAndBothVersionsAreKept() {
        otherLaptopSaves(new CanvasEdit.Add("goal", new Note("Първа цел")));
        await(() -> shownNotes("goal").equals(List.of("Първа цел")), "the first goal");

        EntryRow<?> typing = rows("goal").getFirst();
        typing.focusEntered();
        TextArea input = $(TextArea.class, typing).single();
        // the other laptop changes this very note and adds one before it
        otherLaptopSaves(new CanvasEdit.Replace("goal", 0, new Note("Първа цел"), new Note("Първа цел, по-точно")));
        otherLaptopSaves(new CanvasEdit.Add("needs", new Note("Място за четене")));
        await(() -> $(TextArea.class, area("needs")).all().stream().anyMatch(t -> t.getValue().equals("Място за четене")),
                "the other field updated");
        assertThat(typing.isHeld()).isTrue();
        assertThat(input.getValue()).isEqualTo("Първа цел");
        assertThat(rows("goal").getFirst()).isSameAs(typing);
        assertThat(shownNotes("goal")).contains("Първа цел, по-точно");

        // the user commits their own wording of the note
        test(input).setValue("Първа цел, с родителите");
        List<Note> goals = saved().canvas().entries("goal", Note.class);
        assertThat(goals).containsExactly(new Note("Първа цел, по-точно"), new Note("Първа цел, с родителите"));
        String notice = $(Notification.class).all().stream().map(n -> n.getElement().getTextRecursively()).findFirst()
                .orElseThrow();
        assertThat(notice).contains("table-2")
                .contains("Потребности: added “Място за четене”")
                .contains("Цел: “Първа цел” → “Първа цел, по-точно”")
                .contains(view.getTranslation("canvas.live.mergedKept"));
        assertThat(typing.isHeld()).isFalse();
        typing.focusLeft();
        assertThat(shownNotes("goal")).containsExactly("Първа цел, по-точно", "Първа цел, с родителите");
    }

    @Test
    void aHeldRowLetGoUnchangedShowsTheOtherVersion() {
        otherLaptopSaves(new CanvasEdit.Add("goal", new Note("Цел А")));
        await(() -> shownNotes("goal").equals(List.of("Цел А")), "goal A");
        EntryRow<?> typing = rows("goal").getFirst();
        typing.focusEntered();
        otherLaptopSaves(new CanvasEdit.Replace("goal", 0, new Note("Цел А"), new Note("Цел Б")));
        await(typing::isHeld, "the row held");
        typing.focusLeft();
        assertThat(shownNotes("goal")).containsExactly("Цел Б");
        assertThat(typing.isHeld()).isFalse();
        // caught up: the next change is not reported as a merge
        test($(TextArea.class, area("goal")).all().getLast()).setValue("Цел В");
        test($(Button.class, area("goal")).all().getLast()).click();
        assertThat($(Notification.class).all()).isEmpty();
    }

    @Test
    void theHistoryListsEveryVersionAndRestoresOneAsANewVersion() {
        long first = saved().revision();
        otherLaptopSaves(new CanvasEdit.Add("goal", new Note("Временна цел")));
        await(() -> shownNotes("goal").contains("Временна цел"), "the note");
        test($(Button.class).all().stream().filter(b -> b.hasClassName("history-button")).findFirst().orElseThrow()).click();
        HistoryPanel panel = $(HistoryPanel.class).single();
        List<Div> items = $(Div.class, panel).all().stream().filter(d -> d.hasClassName("history-item")).toList();
        assertThat(items).hasSize((int) saved().revision());
        assertThat(items.getFirst().getElement().getTextRecursively()).contains("table-2").contains("Цел +1");

        Button show = $(Button.class, items.getLast()).single();
        test(show).click();
        Button restoreButton = $(Button.class).all().stream()
                .filter(b -> view.getTranslation("canvas.history.restore").equals(b.getText())).findFirst().orElseThrow();
        test(restoreButton).click();
        test($(ConfirmDialog.class).single()).confirm();
        CanvasSnapshot restored = saved();
        assertThat(restored.revision()).isEqualTo(first + 2);
        assertThat(restored.canvas()).isEqualTo(SystemTask.run(() -> canvases.history(otherLaptop.groupId())).getFirst().canvas());
        assertThat(shownNotes("goal")).doesNotContain("Временна цел");
        assertThat($(Div.class, $(HistoryPanel.class).single()).all().stream().filter(d -> d.hasClassName("history-item")))
                .hasSize((int) restored.revision());
    }

    @Test
    void aHundredOpenedAndClosedEditorsLeaveNoListener() {
        navigate(MeetingsView.class);
        int canvasListeners = canvasBroadcaster.listenerCount();
        int liveListeners = liveBroadcaster.listenerCount();
        for (int i = 0; i < 100; i++) {
            navigate("groups/" + otherLaptop.groupId(), CanvasEditorView.class);
            assertThat(canvasBroadcaster.listenerCount()).isEqualTo(canvasListeners + 1);
            navigate(MeetingsView.class);
        }
        assertThat(canvasBroadcaster.listenerCount()).isEqualTo(canvasListeners);
        assertThat(liveBroadcaster.listenerCount()).isEqualTo(liveListeners);
    }
}
