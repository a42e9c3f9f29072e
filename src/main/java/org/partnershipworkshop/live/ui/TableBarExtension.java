package org.partnershipworkshop.live.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.partnershipworkshop.canvas.CanvasOwner;
import org.partnershipworkshop.canvas.ui.CanvasEditorExtension;
import org.partnershipworkshop.live.LiveService;

/** Puts the {@link TableBar} (phase, countdown, vote, leave) into every canvas editor's header. */
@org.springframework.stereotype.Component
class TableBarExtension implements CanvasEditorExtension {

    private final LiveService live;

    TableBarExtension(LiveService live) {
        this.live = live;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(CanvasOwner owner) {
        return Optional.of(new TableBar(live, owner));
    }
}
