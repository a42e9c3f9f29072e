package org.partnershipworkshop.action;

import org.partnershipworkshop.security.LibraryAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access rules of the network actions (decision 0191). Coordinators (facilitators and above) run an action;
 * managers read everything of it; a library's account reads the actions its library takes part in and works on
 * its own library's plan of events and report, nothing of the other libraries'.
 */
@Service("actionAccess")
public class ActionAccess {

    /** Reading an action: managers, and the accounts of the libraries taking part. */
    public static final String READ = "hasRole('MANAGER') or @actionAccess.takesPart(#actionId)";
    /** Reading one library's part: managers, and that library's own account while it takes part. */
    public static final String READ_OWN = "hasRole('MANAGER') or (@libraryAccess.isOwn(#libraryId) and @actionAccess.takesPart(#actionId))";
    /** Changing one library's plan and report: coordinators, and that library's own account while it takes part. */
    public static final String EDIT_OWN = "hasRole('FACILITATOR') or (@libraryAccess.isOwn(#libraryId) and @actionAccess.takesPart(#actionId))";
    /** Joining an action: a library's own account, for its library. */
    public static final String JOIN = "hasRole('LIBRARY') and @libraryAccess.isOwn(#libraryId)";
    /** The list: managers see every action, a library's account its own and those it may join. */
    public static final String LIST = "hasAnyRole('MANAGER', 'LIBRARY')";

    private final ParticipantRepository participants;
    private final LibraryAccess libraries;

    ActionAccess(ParticipantRepository participants, LibraryAccess libraries) {
        this.participants = participants;
        this.libraries = libraries;
    }

    /** Whether the caller is the account of a library that takes part in the action. */
    @Transactional(readOnly = true)
    public boolean takesPart(long actionId) {
        return libraries.ownLibrary().map(id -> participants.existsByActionIdAndLibraryId(actionId, id)).orElse(false);
    }
}
