package org.partnershipworkshop.base;

/**
 * The access rules of the application services, as {@code @PreAuthorize} expressions. Accounts carry
 * their role and every role below it (ADMIN ⊃ FACILITATOR ⊃ MANAGER); a participant at a table carries
 * ROLE_PARTICIPANT and a table seat (security.TableSeat) that scopes it to one group of one meeting.
 */
public final class Access {

    public static final String ADMIN = "hasRole('ADMIN')";
    public static final String FACILITATOR = "hasRole('FACILITATOR')";
    public static final String MANAGER = "hasRole('MANAGER')";
    /** Any account or participant. */
    public static final String SIGNED_IN = "isAuthenticated()";
    public static final String READ_MEETING = "hasRole('MANAGER') or @tableAccess.atMeeting(#meetingId)";
    public static final String READ_GROUP = "hasRole('MANAGER') or @tableAccess.atGroup(#groupId)";
    public static final String EDIT_GROUP = "hasRole('FACILITATOR') or @tableAccess.atGroup(#groupId)";

    private Access() {
    }
}
