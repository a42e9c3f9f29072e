package org.partnershipworkshop.meeting.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/** A button another feature adds above the list of meetings (import). Implementations are Spring beans. */
public interface MeetingListAction {

    int order();

    Optional<Component> create();
}
