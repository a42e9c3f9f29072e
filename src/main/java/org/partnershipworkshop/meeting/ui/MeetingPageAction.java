package org.partnershipworkshop.meeting.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.partnershipworkshop.meeting.MeetingDetails;

/**
 * A button another feature adds to a meeting's page (export, proceedings, projector, join screen), or a part
 * of its feedback tab, so the meeting feature needs to know none of them. Implementations are Spring beans.
 */
public interface MeetingPageAction {

    /** Position among the actions, smallest first. */
    int order();

    /** The component for this meeting, or empty when it is not for the current user. */
    Optional<Component> create(MeetingDetails meeting);

    /**
     * A part this feature adds at the top of the meeting's feedback tab (the feedback form and its answers),
     * or empty. Most actions add none.
     */
    default Optional<Component> feedbackPart(MeetingDetails meeting) {
        return Optional.empty();
    }
}
