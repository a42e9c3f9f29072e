package org.partnershipworkshop.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages at the bottom of the screen; errors stay until closed so they are not missed. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
        return n;
    }

    public static Notification info(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.INFO);
        return n;
    }

    public static Notification error(String text) {
        Notification n = Notification.show(text, 0, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.ERROR);
        n.getElement().addEventListener("click", e -> n.close());
        return n;
    }
}
