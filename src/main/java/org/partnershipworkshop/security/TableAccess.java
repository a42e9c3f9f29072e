package org.partnershipworkshop.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.partnershipworkshop.base.Access;

/**
 * The checks behind {@link Access}'s participant rules: is the caller seated at this group or meeting, and
 * is that seat still valid ({@link Seats}: a closed meeting ends every seat at once)?
 */
@Component("tableAccess")
public class TableAccess {

    private final ObjectProvider<Seats> seats;

    TableAccess(ObjectProvider<Seats> seats) {
        this.seats = seats;
    }

    public boolean atGroup(long groupId) {
        return valid().map(seat -> seat.groupId() == groupId).orElse(false);
    }

    public boolean atMeeting(long meetingId) {
        return valid().map(seat -> seat.meetingId() == meetingId).orElse(false);
    }

    private Optional<TableSeat> valid() {
        return current().filter(seat -> {
            Seats registry = seats.getIfAvailable();
            return registry == null || registry.isValid(seat);
        });
    }

    public static Optional<TableSeat> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof TableSeat seat ? Optional.of(seat) : Optional.empty();
    }
}
