package org.partnershipworkshop.dialogue.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.text.NumberFormat;
import java.util.List;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.base.ui.ScreenUpdates;
import org.partnershipworkshop.dialogue.DialogueService;
import org.partnershipworkshop.dialogue.FeedbackResults;
import org.partnershipworkshop.live.ui.ProjectorScreen;
import org.partnershipworkshop.base.ui.QrCode;

/**
 * The feedback form on the projector: on the left the QR code of the form's link and the address to type; on
 * the right what the room answers, live — how many will use each checklist line as bars, the average rating
 * with how many gave each mark, the latest comments. New answers arrive by server push, drawn at most four
 * times a second like every projector screen. A facilitator who has not opened the form yet opens it here.
 */
@StyleSheet("./dialogue.css")
class FeedbackScreen extends Div {

    /** Comments shown at once: the newest, so the room sees what just came in. */
    static final int COMMENTS_SHOWN = 3;
    /** Lines drawn as bars; a longer checklist says how many more the proceedings list. */
    static final int LINES_SHOWN = 14;

    private final DialogueService dialogue;
    private final ProjectorScreen.Context context;
    private final Div invitation = new Div();
    private final Div results = new Div();
    private Registration registration;

    FeedbackScreen(DialogueService dialogue, ProjectorScreen.Context context) {
        this.dialogue = dialogue;
        this.context = context;
        addClassName("feedback-screen");
        invitation.addClassName("feedback-invitation");
        results.addClassName("feedback-results");
        add(invitation, results);
        redraw();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (registration == null) {
            ScreenUpdates<Long> updates = new ScreenUpdates<>(event.getUI(), changed -> redraw());
            registration = dialogue.subscribe(context.meetingId(), change -> updates.offer(change.meetingId()));
        }
        redraw();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    private void redraw() {
        FeedbackResults r = dialogue.results(context.meetingId());
        getElement().setAttribute("data-answers", String.valueOf(r.answers()));
        invitation(r);
        results(r);
    }

    // --- left: how to reach the form

    private void invitation(FeedbackResults r) {
        invitation.removeAll();
        H2 title = new H2(getTranslation("dialogue.screen.title"));
        invitation.add(title);
        if (!r.exists() || !r.open()) {
            Paragraph text = new Paragraph(getTranslation(r.exists() ? "dialogue.screen.closed" : "dialogue.screen.none"));
            text.addClassName("feedback-screen-note");
            Button open = new Button(getTranslation(r.exists() ? "dialogue.action.reopen" : "dialogue.action.open"),
                    VaadinIcon.PLAY.create(), e -> open());
            open.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
            open.addClassName("feedback-screen-open");
            invitation.add(text, open);
            return;
        }
        String url = context.baseUrl() + "/feedback/" + r.code().value();
        Image qr = new Image(QrCode.dataUrl(url), getTranslation("dialogue.screen.qrAlt", url));
        qr.addClassName("feedback-qr");
        Paragraph steps = new Paragraph(getTranslation("dialogue.screen.steps"));
        steps.addClassName("feedback-steps");
        Span address = new Span(url.replaceFirst("^https?://", ""));
        address.addClassName("feedback-address");
        invitation.add(steps, qr, address);
        if (context.localOnly()) {
            Paragraph warning = new Paragraph(getTranslation("dialogue.screen.localOnly"));
            warning.addClassName("feedback-local-warning");
            invitation.add(warning);
        }
    }

    private void open() {
        try {
            dialogue.open(context.meetingId());
        } catch (ValidationFailedException e) {
            Problems.show(this, e);
        }
        redraw();
    }

    // --- right: what the room answered

    private void results(FeedbackResults r) {
        results.removeAll();
        Div head = new Div();
        head.addClassName("feedback-results-head");
        Span answers = new Span(getTranslation("dialogue.screen.answers", r.answers()));
        answers.addClassName("feedback-answer-count");
        head.add(answers, rating(r));
        results.add(head);
        if (!r.items().isEmpty()) {
            H2 willUse = new H2(getTranslation("dialogue.screen.willUse"));
            willUse.addClassName("feedback-results-title");
            results.add(willUse, bars(r));
        }
        results.add(comments(r.comments()));
    }

    private Div rating(FeedbackResults r) {
        Div rating = new Div();
        rating.addClassName("feedback-rating");
        Double average = r.average();
        NumberFormat one = NumberFormat.getNumberInstance(getLocale());
        one.setMinimumFractionDigits(1);
        one.setMaximumFractionDigits(1);
        Span value = new Span(average == null ? "–" : one.format(average));
        value.addClassName("feedback-average");
        rating.getElement().setAttribute("data-average", average == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", average));
        Span star = new Span("★");
        star.addClassName("feedback-average-star");
        star.getElement().setAttribute("aria-hidden", "true");
        Span label = new Span(getTranslation("dialogue.screen.rating", r.rated()));
        label.addClassName("feedback-average-label");
        Div marks = new Div();
        marks.addClassName("feedback-marks");
        long most = Math.max(1, r.ratings().stream().mapToLong(Integer::longValue).max().orElse(0));
        for (int mark = r.ratings().size(); mark >= 1; mark--) {
            int count = r.ratings().get(mark - 1);
            Div fill = new Div();
            fill.addClassName("feedback-mark-fill");
            fill.getStyle().set("height", (100.0 * count / most) + "%");
            Span number = new Span(String.valueOf(mark));
            number.addClassName("feedback-mark-number");
            Span times = new Span(String.valueOf(count));
            times.addClassName("feedback-mark-count");
            Div column = new Div(times, new Div(fill), number);
            column.addClassName("feedback-mark");
            column.getElement().setAttribute("data-mark", String.valueOf(mark));
            column.getElement().setAttribute("data-count", String.valueOf(count));
            marks.add(column);
        }
        rating.add(new Div(value, star), label, marks);
        return rating;
    }

    private Div bars(FeedbackResults r) {
        Div bars = new Div();
        bars.addClassName("feedback-bars");
        bars.getElement().setAttribute("role", "list");
        long most = r.mostChosen();
        List<FeedbackResults.ItemCount> shown = r.items().subList(0, Math.min(LINES_SHOWN, r.items().size()));
        for (FeedbackResults.ItemCount item : shown) {
            Span label = new Span(item.text());
            label.addClassName("feedback-bar-label");
            Div fill = new Div();
            fill.addClassName("feedback-bar-fill");
            fill.getStyle().set("width", (100.0 * item.count() / most) + "%");
            Span count = new Span(String.valueOf(item.count()));
            count.addClassName("feedback-bar-count");
            Div track = new Div(fill, count);
            track.addClassName("feedback-bar-track");
            Div bar = new Div(label, track);
            bar.addClassName("feedback-bar");
            bar.getElement().setAttribute("role", "listitem");
            bar.getElement().setAttribute("data-item", String.valueOf(item.id()));
            bar.getElement().setAttribute("data-count", String.valueOf(item.count()));
            bars.add(bar);
        }
        if (r.items().size() > shown.size()) {
            Span more = new Span(getTranslation("dialogue.screen.moreLines", r.items().size() - shown.size()));
            more.addClassName("feedback-more");
            bars.add(more);
        }
        return bars;
    }

    private Div comments(List<String> all) {
        Div comments = new Div();
        comments.addClassName("feedback-comments");
        if (all.isEmpty()) {
            return comments;
        }
        H2 title = new H2(getTranslation("dialogue.screen.comments", all.size()));
        title.addClassName("feedback-results-title");
        comments.add(title);
        for (String text : all.subList(Math.max(0, all.size() - COMMENTS_SHOWN), all.size()).reversed()) {
            Paragraph quote = new Paragraph(text);
            quote.addClassName("feedback-quote");
            comments.add(quote);
        }
        return comments;
    }
}
