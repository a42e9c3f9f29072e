package org.partnershipworkshop.canvas;

import java.util.Optional;

/**
 * Looks up the group a canvas belongs to. Groups are the meeting feature's; it implements this so the
 * canvas feature can name a canvas's owner without depending on meetings.
 */
public interface CanvasOwners {

    Optional<CanvasOwner> find(long groupId);
}
