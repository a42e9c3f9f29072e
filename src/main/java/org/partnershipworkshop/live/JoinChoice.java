package org.partnershipworkshop.live;

import java.util.List;

/** After a right code: the meeting and its tables, one of which the laptop picks. */
public record JoinChoice(long meetingId, String meetingTitle, List<Table> tables) {

    public JoinChoice {
        tables = List.copyOf(tables);
    }

    public record Table(long groupId, int number, String name) {
    }
}
