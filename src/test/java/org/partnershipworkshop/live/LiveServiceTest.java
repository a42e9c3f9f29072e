package org.partnershipworkshop.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipworkshop.live.Seating.as;
import static org.partnershipworkshop.live.Seating.seatAt;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.security.TableSeat;
import org.partnershipworkshop.support.Burst;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The meeting room through its three services: joining (codes, seats, tokens), the room (phases, the countdown) and the dot vote. */
@IntegrationTest
@Tag("postgres")
class LiveServiceTest {

    @Autowired
    JoinService joining;
    @Autowired
    RoomService room;
    @Autowired
    VotingService voting;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    CanvasService canvases;
    @Autowired
    LiveSeats seats;

    MeetingDetails meeting;
    String client;

    @BeforeEach
    void importMeeting() {
        meeting = TestData.importExample(interchange, meetings);
        client = "test-" + UUID.randomUUID();
    }

    private JoinInfo join() {
        return SystemTask.run(() -> joining.joinInfo(meeting.id()));
    }

    private long groupId(int number) {
        return seatAt(meeting, number).groupId();
    }

    @Test
    void aCodeIsMadeOnceAndANewOneReplacesIt() {
        JoinInfo first = join();
        assertThat(join().code()).isEqualTo(first.code());
        JoinInfo second = SystemTask.run(() -> joining.regenerateCode(meeting.id()));
        assertThat(second.code()).isNotEqualTo(first.code());

        assertThatThrownBy(() -> joining.checkCode(first.code().value(), client)).isInstanceOf(WrongJoinException.class);
        JoinChoice choice = joining.checkCode(second.code().grouped().toLowerCase(), client);
        assertThat(choice.meetingId()).isEqualTo(meeting.id());
        assertThat(choice.meetingTitle()).isEqualTo(meeting.facts().title());
        assertThat(choice.tables()).extracting(JoinChoice.Table::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void aSeatIsTheTableOfTheNumberPicked() {
        String code = join().code().value();
        TableSeat seat = joining.seat(code, 4, client);
        assertThat(seat).isEqualTo(seatAt(meeting, 4));
        assertThatThrownBy(() -> joining.seat(code, 42, client)).isInstanceOf(WrongJoinException.class);
        assertThatThrownBy(() -> joining.seat("ZZZZZZZZ", 4, client)).isInstanceOf(WrongJoinException.class);
    }

    @Test
    void tenWrongTriesAMinuteThenTheClientWaits() {
        String code = join().code().value();
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> joining.checkCode("WRNGWRNG", client)).isInstanceOf(WrongJoinException.class);
        }
        assertThatThrownBy(() -> joining.checkCode(code, client)).isInstanceOfSatisfying(TooManyJoinAttemptsException.class,
                e -> assertThat(e.retryAfterSeconds()).isBetween(1L, 60L));
        assertThatThrownBy(() -> joining.seat(code, 1, client)).isInstanceOf(TooManyJoinAttemptsException.class);
        // another client is not affected
        assertThat(joining.checkCode(code, client + "-other").tables()).hasSize(9);
    }

    @Test
    void aBurstOfAHundredParallelWrongCodesLetsExactlyTenBeChecked() throws Exception {
        String code = join().code().value();
        Map<String, Integer> outcomes = Burst.of(100, 16, () -> {
            try {
                joining.checkCode("WRNGWRNG", client);
                return "joined";
            } catch (WrongJoinException e) {
                return "wrong";
            } catch (TooManyJoinAttemptsException e) {
                return "held back";
            }
        });
        assertThat(outcomes).containsEntry("wrong", 10).containsEntry("held back", 90).doesNotContainKey("joined");
        assertThatThrownBy(() -> joining.checkCode(code, client)).isInstanceOf(TooManyJoinAttemptsException.class);
    }

    @Test
    void rightCodesDoNotCountAgainstTheClient() {
        String code = join().code().value();
        for (int i = 0; i < 30; i++) {
            assertThat(joining.checkCode(code, client).tables()).hasSize(9);
        }
        assertThat(joining.seat(code, 2, client).groupNumber()).isEqualTo(2);
        assertThatThrownBy(() -> joining.checkCode("WRNGWRNG", client)).isInstanceOf(WrongJoinException.class);
    }

    @Test
    void closingEndsCodeSeatsAndTokensAndReopeningMakesANewCode() {
        JoinInfo info = join();
        TableSeat seat = joining.seat(info.code().value(), 2, client);
        SeatGrant grant = joining.issueToken(info.code().value(), 2, client);
        assertThat(seats.forToken(grant.token())).contains(seat);
        assertThat(grant.expiresAt()).isAfter(Instant.now().plus(Duration.ofHours(11)));
        assertThat(as(seat, () -> canvases.current(seat.groupId()).groupId())).isEqualTo(seat.groupId());

        SystemTask.run(() -> room.setPhase(meeting.id(), Phase.CLOSED));
        assertThat(seats.isValid(seat)).isFalse();
        assertThat(seats.forToken(grant.token())).isEmpty();
        assertThat(as(seat, () -> joining.seatEnded())).isTrue();
        assertThatThrownBy(() -> as(seat, () -> canvases.current(seat.groupId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> joining.checkCode(info.code().value(), client)).isInstanceOf(WrongJoinException.class);

        SystemTask.run(() -> room.setPhase(meeting.id(), Phase.RESULTS));
        assertThat(join().code()).isNotEqualTo(info.code());
        assertThat(seats.isValid(seat)).isTrue();
        assertThat(seats.forToken(grant.token())).as("tokens end with the meeting for good").isEmpty();
    }

    @Test
    void theCountdownStartsPausesResumesExtendsAndStops() {
        LiveState started = SystemTask.run(() -> room.startTimer(meeting.id(), Duration.ofMinutes(10)));
        assertThat(started.countdown().isRunning()).isTrue();
        LiveState paused = SystemTask.run(() -> room.pauseTimer(meeting.id()));
        assertThat(paused.countdown().isRunning()).isFalse();
        LiveState extended = SystemTask.run(() -> room.extendTimer(meeting.id(), Duration.ofMinutes(5)));
        assertThat(extended.countdown().left(Instant.now())).isGreaterThan(Duration.ofMinutes(14));
        assertThat(SystemTask.run(() -> room.resumeTimer(meeting.id())).countdown().isRunning()).isTrue();
        assertThat(SystemTask.run(() -> room.state(meeting.id())).countdown()).isNotEqualTo(Countdown.IDLE);
        assertThat(SystemTask.run(() -> room.stopTimer(meeting.id())).countdown().isIdle()).isTrue();
        assertThatThrownBy(() -> SystemTask.run(() -> room.startTimer(meeting.id(), Duration.ofHours(9))))
                .isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void aParticipantSeesTheRoomButDoesNotRunIt() {
        TableSeat seat = seatAt(meeting, 2);
        join();
        assertThat(as(seat, () -> room.state(meeting.id())).phase()).isEqualTo(Phase.PRESENTATIONS);
        assertThatThrownBy(() -> as(seat, () -> room.setPhase(meeting.id(), Phase.CLOSED))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(seat, () -> room.startTimer(meeting.id(), Duration.ofMinutes(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(seat, () -> joining.joinInfo(meeting.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(seat, () -> voting.results(meeting.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void tablesGiveTheirDotsToOtherTablesServicesWhileTheVoteIsOpen() {
        TableSeat two = seatAt(meeting, 2);
        TableSeat three = seatAt(meeting, 3);
        SystemTask.run(() -> voting.setVotesPerTable(meeting.id(), 3));
        assertThatThrownBy(() -> as(two, () -> voting.vote(two.groupId(), groupId(5), 1)))
                .isInstanceOf(ValidationFailedException.class);

        SystemTask.run(() -> room.setPhase(meeting.id(), Phase.VOTING));
        Ballot ballot = as(two, () -> voting.ballot(two.groupId()));
        assertThat(ballot.options()).extracting(Ballot.Option::number).containsExactly(1, 3, 4, 5, 6, 7, 8, 9);
        assertThat(ballot.options().stream().filter(o -> o.number() == 9).findFirst().orElseThrow().headline())
                .isEqualTo("Пенсионери ONLINE");
        assertThat(ballot.left()).isEqualTo(3);

        as(two, () -> voting.vote(two.groupId(), groupId(9), 1));
        Ballot after = as(two, () -> voting.vote(two.groupId(), groupId(9), 1));
        assertThat(after.used()).isEqualTo(2);
        assertThat(as(two, () -> voting.vote(two.groupId(), groupId(5), 1)).left()).isZero();
        assertThatThrownBy(() -> as(two, () -> voting.vote(two.groupId(), groupId(4), 1)))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.violations().getFirst().key()).isEqualTo("vote.error.noneLeft"));
        assertThatThrownBy(() -> as(two, () -> voting.vote(two.groupId(), two.groupId(), 1)))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.violations().getFirst().key()).isEqualTo("vote.error.ownTable"));
        assertThat(as(two, () -> voting.vote(two.groupId(), groupId(5), -1)).left()).isEqualTo(1);
        assertThat(as(two, () -> voting.vote(two.groupId(), groupId(5), -1)).left()).as("never below zero").isEqualTo(1);
        // a table votes only with its own dots
        assertThatThrownBy(() -> as(three, () -> voting.vote(two.groupId(), groupId(1), 1))).isInstanceOf(AccessDeniedException.class);
        as(three, () -> voting.vote(three.groupId(), groupId(9), 1));
        assertThatThrownBy(() -> SystemTask.run(() -> voting.setVotesPerTable(meeting.id(), 1)))
                .isInstanceOf(ValidationFailedException.class);

        VotingResults results = SystemTask.run(() -> voting.results(meeting.id()));
        assertThat(results.tallies().getFirst().number()).isEqualTo(9);
        assertThat(results.tallies().getFirst().votes()).isEqualTo(3);
        assertThat(results.cast()).isEqualTo(3);
        assertThat(results.possible()).isEqualTo(27);
        assertThat(results.shown()).isFalse();

        assertThat(results.tallies()).hasSize(9);
        assertThat(results.tallies().getFirst().groupId()).isEqualTo(groupId(9));
        assertThat(results.tallies().getFirst().name()).isEqualTo("Пенсионери 60+");
        assertThat(results.tallies()).extracting(VotingResults.Tally::votes).isSortedAccordingTo((a, b) -> b - a);

        SystemTask.run(() -> room.setPhase(meeting.id(), Phase.CLOSED));
        assertThatThrownBy(() -> as(three, () -> voting.vote(three.groupId(), groupId(1), 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemTask.run(() -> voting.results(meeting.id())).shown()).as("closed: results are shown").isTrue();
    }

    @Test
    void theBallotTakesEachServiceAsItStoodWhenVotingOpened() {
        long four = groupId(4);
        SystemTask.run(() -> canvases.apply(four, canvases.current(four).revision(),
                new CanvasEdit.Replace("service", 0, canvases.current(four).canvas().entries("service").getFirst(),
                        new Note("Библиотека без прагове"))));
        SystemTask.run(() -> room.setPhase(meeting.id(), Phase.VOTING));
        TableSeat two = seatAt(meeting, 2);
        assertThat(as(two, () -> voting.ballot(two.groupId())).options().stream().filter(o -> o.number() == 4)
                .findFirst().orElseThrow().headline()).isEqualTo("Библиотека без прагове");
    }

    @Test
    void withoutDotsNoneIsCast() {
        assertThat(SystemTask.run(() -> voting.results(meeting.id())).cast()).isZero();
        SystemTask.run(() -> room.setPhase(meeting.id(), Phase.VOTING));
        assertThat(SystemTask.run(() -> voting.results(meeting.id())).cast()).isZero();
    }
}
