package org.partnershipworkshop.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipworkshop.meeting.MeetingStatus.CLOSED;
import static org.partnershipworkshop.meeting.MeetingStatus.PLANNED;
import static org.partnershipworkshop.meeting.MeetingStatus.RUNNING;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.meeting.MeetingStatusSource.Room;

/** A meeting's status in the calendar from its days, today and its room. */
class MeetingStatusTest {

    private static final LocalDate START = LocalDate.of(2026, 5, 17);
    private static final LocalDate END = LocalDate.of(2026, 5, 18);

    private static MeetingStatus on(LocalDate today, Room room) {
        return MeetingStatus.of(START, END, today, room);
    }

    @Test
    void followsTheDaysWhenTheRoomIsIdle() {
        assertThat(on(START.minusDays(1), Room.IDLE)).isEqualTo(PLANNED);
        assertThat(on(START, Room.IDLE)).isEqualTo(RUNNING);
        assertThat(on(END, Room.IDLE)).isEqualTo(RUNNING);
        assertThat(on(END.plusDays(1), Room.IDLE)).isEqualTo(CLOSED);
    }

    @Test
    void aClosedRoomClosesTheMeetingEvenOnItsDaysOrBefore() {
        assertThat(on(START, Room.CLOSED)).isEqualTo(CLOSED);
        assertThat(on(START.minusDays(10), Room.CLOSED)).isEqualTo(CLOSED);
    }

    @Test
    void aRoomInUseRunsTheMeetingBeforeOrAfterItsDays() {
        assertThat(on(START.minusDays(3), Room.ACTIVE)).isEqualTo(RUNNING);
        assertThat(on(END.plusDays(1), Room.ACTIVE)).isEqualTo(RUNNING);
    }

    @Test
    void aOneDayMeetingRunsOnlyThatDay() {
        LocalDate day = LocalDate.of(2026, 11, 22);
        assertThat(MeetingStatus.of(day, day, day.minusDays(1), Room.IDLE)).isEqualTo(PLANNED);
        assertThat(MeetingStatus.of(day, day, day, Room.IDLE)).isEqualTo(RUNNING);
        assertThat(MeetingStatus.of(day, day, day.plusDays(1), Room.IDLE)).isEqualTo(CLOSED);
    }
}
