package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.stream.Collectors;
import org.partnershipworkshop.base.Actor;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasChanges;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.DocumentSnapshot;
import org.partnershipworkshop.canvas.SaveResult;

/**
 * Tells the user that others saved the document since the revision their change was based on: who, and
 * field by field what they changed; both sides were kept.
 */
final class MergeNotice {

    static final int DURATION_MS = 15_000;
    static final int LINES = 8;

    private MergeNotice() {
    }

    static void open(Component ui, SaveResult result, Canvas base, CanvasTemplate template, Language language) {
        DocumentSnapshot theirs = result.othersSaved().getLast();
        List<String> lines = ChangeText.lines(ui, CanvasChanges.between(base, theirs.canvas()), template, language);
        String me = Actor.current();
        String who = result.othersSaved().stream().map(DocumentSnapshot::savedBy).distinct()
                .map(by -> by.equals(me) ? ui.getTranslation("canvas.live.otherLaptop") : by)
                .collect(Collectors.joining(", "));
        Div text = new Div();
        text.addClassName("merge-notice");
        text.add(new Div(ui.getTranslation("canvas.live.mergedTitle", who)));
        lines.stream().limit(LINES).forEach(line -> {
            Div item = new Div(line);
            item.addClassName("merge-line");
            text.add(item);
        });
        if (lines.size() > LINES) {
            text.add(new Div(ui.getTranslation("canvas.live.mergedMore", lines.size() - LINES)));
        }
        text.add(new Div(ui.getTranslation("canvas.live.mergedKept")));
        Notification notification = new Notification(text);
        notification.setDuration(DURATION_MS);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        text.addClickListener(e -> notification.close());
        notification.open();
    }
}
