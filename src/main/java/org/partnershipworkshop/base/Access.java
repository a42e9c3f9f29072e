package org.partnershipworkshop.base;

/**
 * The access rules of the application services, as {@code @PreAuthorize} expressions. Accounts carry
 * their role and every role below it (ADMIN ⊃ FACILITATOR ⊃ MANAGER); a participant at a table carries
 * ROLE_PARTICIPANT and a table seat (security.TableSeat) that scopes it to one group of one meeting; the
 * account of one of the region's libraries carries ROLE_LIBRARY alone, and the library it belongs to
 * (security.LibraryAccess) scopes it to that library.
 */
public final class Access {

    public static final String ADMIN = "hasRole('ADMIN')";
    public static final String FACILITATOR = "hasRole('FACILITATOR')";
    public static final String MANAGER = "hasRole('MANAGER')";
    /**
     * Any account of the meeting work (manager and above) or a participant at a table. Not a library's
     * account: it has nothing to do with meetings, canvases or the partner names they hold.
     */
    public static final String SIGNED_IN = "hasAnyRole('MANAGER', 'PARTICIPANT')";
    public static final String READ_MEETING = "hasRole('MANAGER') or @tableAccess.atMeeting(#meetingId)";
    public static final String READ_GROUP = "hasRole('MANAGER') or @tableAccess.atGroup(#groupId)";
    public static final String EDIT_GROUP = "hasRole('FACILITATOR') or @tableAccess.atGroup(#groupId)";
    /** A library of the region: managers and above, or that library's own account. */
    public static final String READ_LIBRARY = "hasRole('MANAGER') or @libraryAccess.isOwn(#libraryId)";

    private Access() {
    }
}
