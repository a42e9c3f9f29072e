package org.partnershipworkshop.meeting.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.Function;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingDetails.PresentationView;

/**
 * A button another feature adds to each presentation of a meeting's programme (the good practice's
 * passport), so the meeting feature needs to know none of them. Implementations are Spring beans.
 */
public interface PresentationAction {

    /**
     * The buttons for one meeting's programme: asked once each time the programme is shown (so an
     * implementation reads what it needs for the whole meeting at once), then once per presentation,
     * answering empty where it has nothing for the current user.
     */
    Function<PresentationView, Optional<Component>> forMeeting(MeetingDetails meeting);
}
