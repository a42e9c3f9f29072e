package org.partnershipworkshop.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.util.stream.Collectors;
import org.partnershipworkshop.base.StartupWork;

/**
 * Says what a freshly started installation is still preparing ("The demo meeting is being prepared…") while
 * it is, and when it is done a notification says so, with a button that shows the screen again with what was
 * prepared. Invisible otherwise.
 */
public class StartupBanner extends HorizontalLayout {

    private final StartupWork work;
    private final Span text = new Span();
    private Registration finished;

    public StartupBanner(StartupWork work) {
        this.work = work;
        addClassName("startup-banner");
        getElement().setAttribute("role", "status");
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.addClassName("startup-progress");
        add(progress, text);
        setAlignItems(Alignment.CENTER);
        setSpacing(false);
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        finished = work.onFinished(key -> ui.access(() -> done(ui, key)));
        show();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (finished != null) {
            finished.remove();
            finished = null;
        }
    }

    private void show() {
        var running = work.running();
        String says = running.stream().sorted().map(this::getTranslation).collect(Collectors.joining(" · "));
        text.setText(says);
        getElement().setAttribute("title", says);
        setVisible(!running.isEmpty());
    }

    private void done(UI ui, String key) {
        boolean wasShown = isVisible();
        show();
        if (wasShown) {
            Notification notification = new Notification();
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            notification.setDuration(8000);
            Button view = new Button(getTranslation("startup.show"), e -> {
                notification.close();
                ui.refreshCurrentRoute(false);
            });
            view.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            notification.add(new HorizontalLayout(Alignment.CENTER, new Span(getTranslation(key + ".done")), view));
            notification.open();
        }
    }
}
