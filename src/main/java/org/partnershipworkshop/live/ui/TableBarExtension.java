package org.partnershipworkshop.live.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.partnershipworkshop.canvas.CanvasOwner;
import org.partnershipworkshop.canvas.ui.CanvasEditorExtension;
import org.partnershipworkshop.live.RoomService;
import org.partnershipworkshop.live.VotingService;

/** Puts the {@link TableBar} (phase, countdown, vote, leave) into every canvas editor's header. */
@org.springframework.stereotype.Component
class TableBarExtension implements CanvasEditorExtension {

    private final RoomService room;
    private final VotingService voting;

    TableBarExtension(RoomService room, VotingService voting) {
        this.room = room;
        this.voting = voting;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(CanvasOwner owner) {
        return Optional.of(new TableBar(room, voting, owner));
    }
}
