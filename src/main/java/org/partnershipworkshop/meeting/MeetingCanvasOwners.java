package org.partnershipworkshop.meeting;

import java.util.List;
import java.util.Optional;
import org.partnershipworkshop.canvas.CanvasOwner;
import org.partnershipworkshop.canvas.CanvasOwners;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells the canvas feature which group and meeting a canvas belongs to. */
@Service
class MeetingCanvasOwners implements CanvasOwners {

    private final WorkGroupRepository groups;

    MeetingCanvasOwners(WorkGroupRepository groups) {
        this.groups = groups;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CanvasOwner> find(long groupId) {
        return groups.findWithMeeting(groupId).map(MeetingCanvasOwners::owner);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CanvasOwner> atMeeting(long meetingId) {
        return groups.findByMeeting(meetingId).stream().map(MeetingCanvasOwners::owner).toList();
    }

    private static CanvasOwner owner(WorkGroupEntity g) {
        return new CanvasOwner(g.id(), g.meeting().id(), g.meeting().title(), g.number(), g.name(),
                g.meeting().language(), g.members());
    }
}
