package org.partnershipworkshop.live.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipworkshop.live.Seating.as;
import static org.partnershipworkshop.live.Seating.seatAt;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.BrowserlessTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.security.TableSeat;
import org.partnershipworkshop.canvas.DocumentBroadcaster;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.live.LiveBroadcaster;
import org.partnershipworkshop.live.JoinService;
import org.partnershipworkshop.live.RoomService;
import org.partnershipworkshop.live.Phase;
import org.partnershipworkshop.meeting.GroupData;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.meeting.ui.MeetingsView;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The projector without a browser: it shows every table and reacts to what tables and the facilitator do elsewhere. */
@BrowserlessTest
@WithMockUser(username = "facilitator", roles = {"FACILITATOR", "MANAGER"})
class PresentViewTest extends SpringBrowserlessTest {

    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    CanvasService canvases;
    @Autowired
    JoinService joining;
    @Autowired
    RoomService room;
    @Autowired
    DocumentBroadcaster canvasBroadcaster;
    @Autowired
    LiveBroadcaster liveBroadcaster;

    MeetingDetails meeting;
    PresentView view;

    @BeforeEach
    void openProjector() {
        meeting = TestData.importExample(interchange, meetings);
        view = navigate("meetings/" + meeting.id() + "/present", PresentView.class);
    }

    private void await(BooleanSupplier condition, String what) {
        Await.until(SpringBrowserlessTest::roundTrip, condition, what);
    }

    private TableTile tile(int number) {
        return view.tiles().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }

    /** The header's countdown (found among hidden components too: it is hidden while idle). */
    private CountdownDisplay countdown() {
        return (CountdownDisplay) view.getChildren().flatMap(c -> c.getChildren()).filter(CountdownDisplay.class::isInstance)
                .findFirst().orElseThrow();
    }

    private String phaseChip() {
        return $(Span.class).all().stream().filter(s -> s.hasClassName("phase-chip")).findFirst().orElseThrow().getText();
    }

    @Test
    void showsEveryTableWithItsService() {
        assertThat($(TableTile.class).all()).hasSize(9);
        assertThat(tile(9).getElement().getTextRecursively()).contains("Пенсионери 60+", "Пенсионери ONLINE");
        assertThat(view.shownStage()).isEqualTo(Stage.GALLERY);
    }

    @Test
    void aNoteSavedAtATableAppearsOnItsTile() {
        TableSeat seat = seatAt(meeting, 2);
        long revision = as(seat, () -> canvases.current(seat.groupId())).revision();
        as(seat, () -> canvases.apply(seat.groupId(), revision, new CanvasEdit.Add("goal", new Note("Всяко дете чете"))));
        await(() -> tile(2).latestText().contains("Всяко дете чете"), "the note on tile 2");
        assertThat(tile(2).latestText()).contains("Цел");
        assertThat(tile(3).latestText()).isEmpty();
    }

    @Test
    void theShownTableFollowsItsSaves() {
        view.focusTable(4);
        assertThat(view.shownStage()).isEqualTo(Stage.TABLE);
        CanvasPoster poster = $(CanvasPoster.class).single();
        assertThat(poster.groupId()).isEqualTo(seatAt(meeting, 4).groupId());
        TableSeat seat = seatAt(meeting, 4);
        long revision = as(seat, () -> canvases.current(seat.groupId())).revision();
        as(seat, () -> canvases.apply(seat.groupId(), revision, new CanvasEdit.Add("results", new Note("Рампа до лятото"))));
        await(() -> $(CanvasPoster.class).single().getElement().getTextRecursively().contains("Рампа до лятото"),
                "the note on the shown canvas");

        view.step(1);
        assertThat($(CanvasPoster.class).single().groupId()).isEqualTo(seatAt(meeting, 5).groupId());
        view.step(-2);
        assertThat($(CanvasPoster.class).single().groupId()).isEqualTo(seatAt(meeting, 3).groupId());
        view.focusTable(42);
        assertThat($(CanvasPoster.class).single().groupId()).as("no such table: stays").isEqualTo(seatAt(meeting, 3).groupId());
        view.showStage("GALLERY");
        assertThat($(TableTile.class).all()).hasSize(9);
    }

    @Test
    void followsThePhaseAndCountdownSetElsewhere() {
        SystemTask.run(() -> room.setPhase(meeting.id(), Phase.GROUP_WORK));
        await(() -> phaseChip().equals(view.getTranslation("live.phase.groupwork")), "the phase");
        SystemTask.run(() -> room.startTimer(meeting.id(), Duration.ofMinutes(15)));
        await(() -> "running".equals(countdown().getElement().getAttribute("data-state")), "the countdown");
        assertThat(countdown().isVisible()).isTrue();
        long left = Long.parseLong(countdown().getElement().getAttribute("data-left-ms"));
        assertThat(left).isBetween(Duration.ofMinutes(14).toMillis(), Duration.ofMinutes(15).toMillis());

        SystemTask.run(() -> room.setPhase(meeting.id(), Phase.VOTING));
        await(() -> view.shownStage() == Stage.VOTES, "the vote on the screen when voting opens");
        assertThat($(VoteChart.class).single().getElement().getTextRecursively())
                .contains(view.getTranslation("live.votes.hidden"));
    }

    @Test
    void showsWhichTablesAreConnected() {
        TableSeat seat = seatAt(meeting, 6);
        SystemTask.run(() -> joining.joinInfo(meeting.id()));
        Registration laptop = as(seat, () -> room.connect(seat.groupId()));
        await(() -> "1".equals(tile(6).getElement().getAttribute("data-laptops")), "table 6 connected");
        assertThat(tile(6).hasClassName("connected")).isTrue();
        laptop.remove();
        await(() -> "0".equals(tile(6).getElement().getAttribute("data-laptops")), "table 6 gone");
    }

    @Test
    void theJoinScreenShowsTheCodeAndANewOne() {
        view.showStage("JOIN");
        String code = SystemTask.run(() -> joining.joinInfo(meeting.id())).code().grouped();
        assertThat($(JoinScreen.class).single().codeText()).isEqualTo(code);
        view.newCode();
        String next = SystemTask.run(() -> joining.joinInfo(meeting.id())).code().grouped();
        assertThat(next).isNotEqualTo(code);
        assertThat($(JoinScreen.class).single().codeText()).isEqualTo(next);
    }

    @Test
    void closingTheProjectorRemovesItsListeners() {
        int canvasListeners = canvasBroadcaster.listenerCount();
        int liveListeners = liveBroadcaster.listenerCount();
        assertThat(canvasListeners).isGreaterThanOrEqualTo(9);
        navigate(MeetingsView.class);
        assertThat(canvasBroadcaster.listenerCount()).isEqualTo(canvasListeners - 9);
        assertThat(liveBroadcaster.listenerCount()).isEqualTo(liveListeners - 1);
    }

    @Test
    void aTableAddedRenamedOrRemovedElsewhereChangesTheGallery() {
        long added = SystemTask.run(() -> meetings.addGroup(meeting.id(),
                new GroupData(10, "Читалищни секретари", "smart-diagram", List.of())));
        await(() -> view.tiles().size() == 10, "the new table on the projector");
        assertThat(tile(10).getElement().getTextRecursively()).contains("Читалищни секретари");

        long canvasListeners = canvasBroadcaster.listenerCount();
        TableSeat seat = seatAt(meetings.details(meeting.id()), 10);
        long revision = as(seat, () -> canvases.current(added)).revision();
        as(seat, () -> canvases.apply(added, revision, new CanvasEdit.Add("goal", new Note("Нов читателски клуб"))));
        await(() -> tile(10).latestText().contains("Нов читателски клуб"), "the new table's saves reach the projector");

        view.focusTable(10);
        meetings.updateGroup(added, new GroupData(10, "Секретари на читалища", "smart-diagram", List.of()));
        await(() -> $(CanvasPoster.class).all().size() == 1
                && $(CanvasPoster.class).single().getElement().getTextRecursively().contains("Секретари на читалища"),
                "the renamed table stays shown");

        long removed = seatAt(meeting, 3).groupId();
        meetings.removeGroup(removed);
        await(() -> view.tiles().size() == 9 && view.tiles().stream().noneMatch(t -> t.groupId() == removed),
                "the removed table leaves the gallery");
        assertThat(canvasBroadcaster.listenerCount()).as("one listener per table, none left for the removed one")
                .isEqualTo(canvasListeners - 1);
    }
}
