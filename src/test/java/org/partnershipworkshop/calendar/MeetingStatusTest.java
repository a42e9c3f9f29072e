package org.partnershipworkshop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipworkshop.calendar.MeetingStatus.CLOSED;
import static org.partnershipworkshop.calendar.MeetingStatus.PLANNED;
import static org.partnershipworkshop.calendar.MeetingStatus.RUNNING;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.live.RoomState;

/** A meeting's status in the calendar from its days, today and its room. */
class MeetingStatusTest {

    private static final LocalDate START = LocalDate.of(2026, 5, 17);
    private static final LocalDate END = LocalDate.of(2026, 5, 18);

    private static MeetingStatus on(LocalDate today, RoomState room) {
        return MeetingStatus.of(START, END, today, room);
    }

    @Test
    void followsTheDaysWhenTheRoomIsIdle() {
        assertThat(on(START.minusDays(1), RoomState.IDLE)).isEqualTo(PLANNED);
        assertThat(on(START, RoomState.IDLE)).isEqualTo(RUNNING);
        assertThat(on(END, RoomState.IDLE)).isEqualTo(RUNNING);
        assertThat(on(END.plusDays(1), RoomState.IDLE)).isEqualTo(CLOSED);
    }

    @Test
    void aClosedRoomClosesTheMeetingEvenOnItsDaysOrBefore() {
        assertThat(on(START, RoomState.CLOSED)).isEqualTo(CLOSED);
        assertThat(on(START.minusDays(10), RoomState.CLOSED)).isEqualTo(CLOSED);
    }

    @Test
    void aRoomInUseRunsTheMeetingBeforeOrAfterItsDays() {
        assertThat(on(START.minusDays(3), RoomState.ACTIVE)).isEqualTo(RUNNING);
        assertThat(on(END.plusDays(1), RoomState.ACTIVE)).isEqualTo(RUNNING);
    }

    @Test
    void aOneDayMeetingRunsOnlyThatDay() {
        LocalDate day = LocalDate.of(2026, 11, 22);
        assertThat(MeetingStatus.of(day, day, day.minusDays(1), RoomState.IDLE)).isEqualTo(PLANNED);
        assertThat(MeetingStatus.of(day, day, day, RoomState.IDLE)).isEqualTo(RUNNING);
        assertThat(MeetingStatus.of(day, day, day.plusDays(1), RoomState.IDLE)).isEqualTo(CLOSED);
    }
}
