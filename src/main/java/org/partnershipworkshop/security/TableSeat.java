package org.partnershipworkshop.security;

import java.io.Serializable;

/** The principal of a participant who joined a meeting at a table: it may use that one group only. */
public record TableSeat(long meetingId, long groupId, int groupNumber) implements Serializable {

    public String displayName() {
        return "table-" + groupNumber;
    }
}
