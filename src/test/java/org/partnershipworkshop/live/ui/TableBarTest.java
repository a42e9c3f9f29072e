package org.partnershipworkshop.live.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipworkshop.live.Seating.seatAt;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.BrowserlessTest;
import org.partnershipworkshop.security.SeatAuthentication;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.security.TableSeat;
import org.partnershipworkshop.canvas.ui.CanvasEditorView;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.live.JoinService;
import org.partnershipworkshop.live.RoomService;
import org.partnershipworkshop.live.VotingService;
import org.partnershipworkshop.live.Phase;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.meeting.ui.MeetingView;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** A table's laptop without a browser: seated at table 2, it sees the room, votes, and its seat ends with the meeting. */
@BrowserlessTest
class TableBarTest extends SpringBrowserlessTest {

    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    JoinService joining;
    @Autowired
    RoomService room;
    @Autowired
    VotingService voting;

    MeetingDetails meeting;
    TableSeat seat;

    /**
     * Seated as a joined browser is: the context in the HTTP session, where Vaadin looks for it on every thread
     * (a push runs on another thread than the test).
     */
    @BeforeEach
    void sitAtTableTwo() {
        meeting = TestData.importExample(interchange, meetings);
        facilitator(() -> joining.joinInfo(meeting.id()));
        seat = seatAt(meeting, 2);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SeatAuthentication(seat));
        VaadinSession.getCurrent().getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                context);
    }

    @AfterEach
    void standUp() {
        VaadinSession.getCurrent().getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    /** The facilitator acts from another browser: another thread, outside this table's session. */
    private static <T> T facilitator(Supplier<T> action) {
        return CompletableFuture.supplyAsync(() -> SystemTask.run(action)).join();
    }

    private boolean seated() {
        return VaadinSession.getCurrent().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }

    private void await(BooleanSupplier condition, String what) {
        Await.until(SpringBrowserlessTest::roundTrip, condition, what);
    }

    private TableBar bar() {
        return $(TableBar.class).single();
    }

    private CountdownDisplay countdown() {
        return (CountdownDisplay) bar().getChildren().filter(CountdownDisplay.class::isInstance).findFirst().orElseThrow();
    }

    private String phase() {
        return $(Span.class, bar()).all().stream().filter(s -> s.hasClassName("phase-chip")).findFirst().orElseThrow().getText();
    }

    @Test
    void theTableSeesThePhaseAndCountdownAndCountsAsConnected() {
        navigate("groups/" + seat.groupId(), CanvasEditorView.class);
        assertThat(phase()).isEqualTo(bar().getTranslation("live.phase.presentations"));
        assertThat($(Button.class, bar()).all()).anyMatch(b -> b.hasClassName("leave-button"));
        assertThat(facilitator(() -> room.presence(meeting.id())).laptops(seat.groupId())).isEqualTo(1);

        facilitator(() -> room.setPhase(meeting.id(), Phase.GROUP_WORK));
        facilitator(() -> room.startTimer(meeting.id(), Duration.ofMinutes(20)));
        await(() -> "running".equals(countdown().getElement().getAttribute("data-state")), "the countdown at the table");
        assertThat(phase()).isEqualTo(bar().getTranslation("live.phase.groupwork"));
        facilitator(() -> room.pauseTimer(meeting.id()));
        await(() -> "paused".equals(countdown().getElement().getAttribute("data-state")), "the paused countdown");
    }

    @Test
    void aSeatedTableStaysOnItsOwnScreens() {
        long three = seatAt(meeting, 3).groupId();
        navigate("groups/" + three, CanvasEditorView.class);
        assertThat(getCurrentView()).isInstanceOf(CanvasEditorView.class);
        assertThat(bar().getElement().getParent()).isNotNull();
        assertThat(((CanvasEditorView) getCurrentView()).getPageTitle()).contains("2");
        navigate("meetings/" + meeting.id(), MeetingView.class);
        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        assertThat($(Button.class).all()).anyMatch(b -> b.getText().equals(b.getTranslation("live.action.ownTable", 2)));
        // nothing offered that the table may not do: no export, proceedings, import or editing of the meeting
        assertThat($(Anchor.class).all()).noneMatch(a -> a.hasClassName("export-link"));
        assertThat($(Button.class).all()).noneMatch(b -> List.of(b.getTranslation("export.button"),
                b.getTranslation("import.button"), b.getTranslation("meeting.edit")).contains(b.getText()));
    }

    @Test
    void whenVotingOpensTheTableGivesItsDots() {
        navigate("groups/" + seat.groupId(), CanvasEditorView.class);
        facilitator(() -> room.setPhase(meeting.id(), Phase.VOTING));
        await(() -> !$(VoteDialog.class).all().isEmpty(), "the vote opening at the table");
        VoteDialog dialog = $(VoteDialog.class).single();
        test(dotFor(dialog, 9)).click();
        test(dotFor(dialog, 9)).click();
        assertThat(facilitator(() -> voting.results(meeting.id())).tallies().getFirst().number()).isEqualTo(9);
        assertThat(dialog.getElement().getTextRecursively()).contains(dialog.getTranslation("vote.left", 1, 3));
        assertThat($(Button.class, dialog).all()).noneMatch(b -> b.getElement().getAttribute("aria-label") != null
                && b.getElement().getAttribute("aria-label").equals(dialog.getTranslation("vote.more", 2)));
    }

    private static Button dotFor(VoteDialog dialog, int table) {
        return dialog.getChildren().flatMap(TableBarTest::descendants).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> dialog.getTranslation("vote.more", table).equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(TableBarTest::descendants));
    }

    @Test
    void closingTheMeetingEndsTheSeatAndSaysSo() {
        navigate("groups/" + seat.groupId(), CanvasEditorView.class);
        facilitator(() -> room.setPhase(meeting.id(), Phase.CLOSED));
        await(() -> $(ConfirmDialog.class).all().stream().anyMatch(d -> d.hasClassName("closed-dialog")), "the goodbye");
        assertThat(seated()).as("the seat has ended").isFalse();
    }

    @Test
    void leavingTheTableEndsTheSeat() {
        navigate("groups/" + seat.groupId(), CanvasEditorView.class);
        Button leave = $(Button.class, bar()).all().stream().filter(b -> b.hasClassName("leave-button")).findFirst().orElseThrow();
        test(leave).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(seated()).isFalse();
    }
}
