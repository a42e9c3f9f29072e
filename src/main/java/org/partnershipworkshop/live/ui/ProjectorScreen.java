package org.partnershipworkshop.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.modulith.NamedInterface;

/**
 * A screen another feature adds to the projector (the feedback form's results), so the live feature needs to
 * know none of them: it gets a button in the control strip, a key, and {@code ?view=<id>} in the address.
 * Implementations are Spring beans. The component keeps itself up to date while it is attached — subscribing
 * through its feature's service when attached, removing the registration when detached, redrawing through
 * {@code base.ui.ScreenUpdates} — as the projector's own screens do (decisions 0022, 0023).
 */
@NamedInterface("screens")
public interface ProjectorScreen {

    /** What the room needs to reach the screen's links: the projector's meeting and the public address. */
    record Context(long meetingId, String baseUrl, boolean localOnly) {
    }

    /** A stable id in lower case: the value of {@code ?view=} and of the screen's attributes, e.g. {@code feedback}. */
    String id();

    /** The key that shows the screen: one lower-case letter the projector does not use (g, j, v). */
    String key();

    /** The i18n key of the screen's button in the control strip. */
    String labelKey();

    VaadinIcon icon();

    /** Position among the added screens, smallest first. */
    int order();

    /** The screen for a meeting, drawn on the projector's dark stage. */
    Component create(Context context);
}
