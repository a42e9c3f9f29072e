package org.partnershipworkshop.live;

import java.util.function.Supplier;
import org.partnershipworkshop.security.SeatAuthentication;
import org.partnershipworkshop.security.TableSeat;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as a participant seated at a table. */
public final class Seating {

    private Seating() {
    }

    public static TableSeat seatAt(MeetingDetails meeting, int tableNumber) {
        var group = meeting.groups().stream().filter(g -> g.number() == tableNumber).findFirst().orElseThrow();
        return new TableSeat(meeting.id(), group.id(), tableNumber);
    }

    public static <T> T as(TableSeat seat, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SeatAuthentication(seat));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(TableSeat seat, Runnable work) {
        as(seat, () -> {
            work.run();
            return null;
        });
    }
}
