package org.partnershipworkshop.meeting.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.partnershipworkshop.meeting.MeetingDetails;

/**
 * A button another feature adds to a meeting's page (export, proceedings, projector, join screen), so
 * the meeting feature needs to know none of them. Implementations are Spring beans.
 */
public interface MeetingPageAction {

    /** Position among the actions, smallest first. */
    int order();

    /** The component for this meeting, or empty when it is not for the current user. */
    Optional<Component> create(MeetingDetails meeting);
}
