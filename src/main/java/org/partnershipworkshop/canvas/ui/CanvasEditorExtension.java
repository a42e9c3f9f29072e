package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.partnershipworkshop.canvas.CanvasOwner;

/**
 * Something another feature shows in the canvas editor's header (the live facilitation feature: phase,
 * timer, voting, "Leave table"), so the canvas feature needs to know none of them. Implementations are
 * Spring beans; the component is created for each opened editor and removed with it.
 */
public interface CanvasEditorExtension {

    /** Position among the extensions, smallest first. */
    int order();

    /** The component for this group's editor, or empty when there is nothing to show to the current user. */
    Optional<Component> create(CanvasOwner owner);
}
