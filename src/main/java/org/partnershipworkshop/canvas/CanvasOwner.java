package org.partnershipworkshop.canvas;

import java.util.List;
import org.partnershipworkshop.base.Language;

/** Who a canvas belongs to: the group (table) and its meeting, as the editor and the API show them. */
public record CanvasOwner(long groupId, long meetingId, String meetingTitle, int groupNumber, String groupName,
                          Language language, List<String> members) {

    public CanvasOwner {
        members = List.copyOf(members);
    }
}
