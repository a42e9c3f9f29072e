package org.partnershipworkshop.base;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The checks behind {@link Access}'s participant rules: is the caller seated at this group or meeting? */
@Component("tableAccess")
public class TableAccess {

    public boolean atGroup(long groupId) {
        return current().map(seat -> seat.groupId() == groupId).orElse(false);
    }

    public boolean atMeeting(long meetingId) {
        return current().map(seat -> seat.meetingId() == meetingId).orElse(false);
    }

    public static Optional<TableSeat> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof TableSeat seat ? Optional.of(seat) : Optional.empty();
    }

    /** Who is acting, as revisions and the audit record it. */
    public static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return "system";
        }
        return auth.getPrincipal() instanceof TableSeat seat ? seat.displayName() : auth.getName();
    }
}
