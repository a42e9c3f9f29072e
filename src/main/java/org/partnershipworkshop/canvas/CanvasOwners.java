package org.partnershipworkshop.canvas;

import java.util.List;
import java.util.Optional;

/**
 * Looks up the group a canvas belongs to. Groups are the meeting feature's; it implements this so the
 * canvas feature can name a canvas's owner without depending on meetings.
 */
public interface CanvasOwners {

    Optional<CanvasOwner> find(long groupId);

    /** The owners of every canvas of a meeting, by table number; empty for an unknown meeting. */
    List<CanvasOwner> atMeeting(long meetingId);
}
