package org.partnershipworkshop.partner;

import java.time.LocalDate;
import java.util.List;

/**
 * A service in the network: one group's canvas, with its meeting, the meeting's regions and the target
 * group written on the canvas (empty when none). Equal by group id.
 */
public record ServiceNode(long groupId, long meetingId, String meetingTitle, LocalDate meetingDate, int groupNumber,
                          String groupName, String targetGroup, List<String> regions) implements NetworkNode {

    public static final String KIND = "service";

    public ServiceNode {
        targetGroup = targetGroup == null ? "" : targetGroup;
        regions = List.copyOf(regions);
    }

    public static String idOf(long groupId) {
        return KIND + "-" + groupId;
    }

    @Override
    public String id() {
        return idOf(groupId);
    }

    /** The group's name, which names the service the table designs. */
    @Override
    public String label() {
        return groupName;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceNode s && s.groupId == groupId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(groupId) * 31 + 7;
    }
}
