package org.partnershipworkshop.dialogue.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.shared.Registration;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.base.ui.ScreenUpdates;
import org.partnershipworkshop.dialogue.ChecklistItem;
import org.partnershipworkshop.dialogue.DialogueService;
import org.partnershipworkshop.dialogue.FeedbackResults;
import org.partnershipworkshop.meeting.MeetingDetails;

/**
 * The feedback form on the meeting's feedback tab: whether it takes answers, its link, how many answered and
 * what they said so far (kept up to date while open); the facilitator opens and closes it, edits its checklist
 * and puts it on the projector.
 */
@StyleSheet("./dialogue.css")
class FeedbackSection extends Div {

    private final DialogueService dialogue;
    private final MeetingDetails meeting;
    private final boolean facilitator;
    private final String base;
    private Registration registration;

    FeedbackSection(DialogueService dialogue, MeetingDetails meeting, boolean facilitator, String base) {
        this.dialogue = dialogue;
        this.meeting = meeting;
        this.facilitator = facilitator;
        this.base = base;
        addClassName("feedback-section-card");
        redraw();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (registration == null) {
            ScreenUpdates<Long> updates = new ScreenUpdates<>(event.getUI(), changed -> redraw());
            registration = dialogue.subscribe(meeting.id(), change -> updates.offer(change.meetingId()));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    private void redraw() {
        removeAll();
        FeedbackResults r = dialogue.results(meeting.id());
        H3 title = new H3(getTranslation("dialogue.section.title"));
        Span state = new Span(getTranslation(!r.exists() ? "dialogue.state.none" : r.open() ? "dialogue.state.open" : "dialogue.state.closed"));
        state.addClassName("feedback-state");
        state.addClassName(!r.exists() ? "none" : r.open() ? "open" : "closed");
        Div head = new Div(title, state);
        head.addClassName("feedback-section-head");
        add(head);
        add(new Paragraph(getTranslation("dialogue.section.help")));
        if (r.exists()) {
            String url = base + "/feedback/" + r.code().value();
            Anchor link = new Anchor(url, url);
            link.setTarget(AnchorTarget.BLANK);
            link.addClassName("feedback-link");
            Button copy = new Button(getTranslation("dialogue.action.copy"), VaadinIcon.COPY.create(), e -> {
                e.getSource().getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url);
                Notifications.success(getTranslation("dialogue.action.copied"));
            });
            copy.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            Div address = new Div(link, copy);
            address.addClassName("feedback-address-line");
            add(address);
        }
        if (facilitator) {
            add(controls(r));
        }
        if (r.answers() > 0) {
            add(summary(r));
        }
    }

    private Div controls(FeedbackResults r) {
        Div controls = new Div();
        controls.addClassName("feedback-controls");
        if (r.open()) {
            Button close = new Button(getTranslation("dialogue.action.close"), VaadinIcon.STOP.create(), e -> {
                dialogue.close(meeting.id());
                redraw();
            });
            controls.add(close);
        } else {
            Button open = new Button(getTranslation(r.exists() ? "dialogue.action.reopen" : "dialogue.action.open"),
                    VaadinIcon.PLAY.create(), e -> {
                dialogue.open(meeting.id());
                redraw();
            });
            open.addThemeVariants(ButtonVariant.PRIMARY);
            controls.add(open);
        }
        Button checklist = new Button(getTranslation("dialogue.action.checklist", r.items().size()),
                VaadinIcon.CHECK_SQUARE_O.create(), e -> editChecklist(r));
        checklist.addClassName("feedback-edit-checklist");
        Button projector = new Button(getTranslation("dialogue.action.projector"), VaadinIcon.DESKTOP.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("meetings/" + meeting.id() + "/present",
                        QueryParameters.of("view", FeedbackProjectorScreen.ID))));
        controls.add(checklist, projector);
        return controls;
    }

    private void editChecklist(FeedbackResults r) {
        List<ChecklistItem> items = r.items().stream().map(i -> new ChecklistItem(i.id(), i.text())).toList();
        Map<Long, Long> counts = new HashMap<>();
        r.items().forEach(i -> counts.put(i.id(), i.count()));
        new ChecklistDialog(items, counts, meeting.feedback().willUse(), checklist -> {
            dialogue.setChecklist(meeting.id(), checklist);
            Notifications.success(getTranslation("action.saved"));
            redraw();
        }).open();
    }

    private Div summary(FeedbackResults r) {
        Div summary = new Div();
        summary.addClassName("feedback-summary");
        NumberFormat one = NumberFormat.getNumberInstance(getLocale());
        one.setMinimumFractionDigits(1);
        one.setMaximumFractionDigits(1);
        Double average = r.average();
        summary.add(new Paragraph(getTranslation("dialogue.section.answers", r.answers(),
                average == null ? "–" : one.format(average), r.rated())));
        long most = r.mostChosen();
        for (FeedbackResults.ItemCount item : r.items()) {
            Span label = new Span(item.text());
            label.addClassName("summary-label");
            Div fill = new Div();
            fill.addClassName("summary-fill");
            fill.getStyle().set("width", (100.0 * item.count() / most) + "%");
            Span count = new Span(String.valueOf(item.count()));
            count.addClassName("summary-count");
            Div row = new Div(label, new Div(fill), count);
            row.addClassName("summary-row");
            summary.add(row);
        }
        if (!r.comments().isEmpty()) {
            summary.add(new Paragraph(getTranslation("dialogue.section.comments", r.comments().size())));
            com.vaadin.flow.component.html.UnorderedList comments = new com.vaadin.flow.component.html.UnorderedList();
            r.comments().forEach(c -> comments.add(new com.vaadin.flow.component.html.ListItem(c)));
            comments.addClassName("summary-comments");
            summary.add(comments);
        }
        return summary;
    }
}
