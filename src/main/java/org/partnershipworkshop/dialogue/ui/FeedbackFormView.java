package org.partnershipworkshop.dialogue.ui;

import org.partnershipworkshop.survey.TooManySubmissionsException;
import org.partnershipworkshop.survey.ui.DeviceCookie;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.base.ui.ClientAddress;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.LanguageSwitch;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.dialogue.Answer;
import org.partnershipworkshop.dialogue.ChecklistItem;
import org.partnershipworkshop.dialogue.DialogueService;
import org.partnershipworkshop.dialogue.PublicForm;
import org.partnershipworkshop.dialogue.Submitted;

import org.springframework.beans.factory.annotation.Value;

/**
 * The feedback form on a participant's own phone (or the table's laptop), opened from the projector's QR code
 * without an account: what they will use, a rating of the meeting 1–5, a comment. One answer per device: the
 * device keeps an anonymous key in a cookie, and sending again changes the answer instead of adding one. What
 * was typed stays in the form whatever goes wrong (a closed form, too many answers from one network at once).
 */
@Route(value = "feedback/:code", autoLayout = false)
@AnonymousAllowed
@StyleSheet("./public-form.css")
@StyleSheet("./dialogue.css")
public class FeedbackFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";

    private final DialogueService dialogue;
    private final boolean secureCookies;
    private final Div card = new Div();
    private final Paragraph status = new Paragraph();
    private final CheckboxGroup<ChecklistItem> willUse = new CheckboxGroup<>();
    private final RatingPicker rating;
    private final TextArea comment = new TextArea();
    private final Button send = new Button();
    private final Button anotherPerson = new Button();
    private String code;
    private String device;
    private PublicForm form;
    private boolean answered;

    public FeedbackFormView(DialogueService dialogue,
                            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        this.dialogue = dialogue;
        this.secureCookies = secureCookies;
        addClassNames("public-form-view", "feedback-form-view");
        rating = new RatingPicker(getTranslation("dialogue.form.rating"));
        Span app = new Span(getTranslation("app.name"));
        app.addClassNames("public-form-app", "feedback-app");
        Div top = new Div(app, new LanguageSwitch());
        top.addClassNames("public-form-top", "feedback-top");
        card.addClassNames("public-card", "feedback-card");
        status.addClassName("feedback-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.setVisible(false);
        willUse.setItemLabelGenerator(ChecklistItem::text);
        willUse.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        willUse.addClassName("feedback-will-use");
        willUse.setAriaLabel(getTranslation("dialogue.form.willUse"));
        willUse.setHelperText(getTranslation("dialogue.form.willUseHelp"));
        comment.setAriaLabel(getTranslation("dialogue.form.comment"));
        comment.setPlaceholder(getTranslation("dialogue.form.commentPlaceholder"));
        comment.setMaxLength(Limits.TEXT);
        comment.setValueChangeMode(ValueChangeMode.EAGER);
        comment.addValueChangeListener(e -> counter());
        comment.addClassName("feedback-comment");
        send.setIcon(VaadinIcon.PAPERPLANE.create());
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        send.addClassName("feedback-send");
        send.addClickListener(e -> send());
        anotherPerson.setText(getTranslation("dialogue.form.anotherPerson"));
        anotherPerson.addThemeVariants(ButtonVariant.TERTIARY);
        anotherPerson.addClassName("feedback-another");
        anotherPerson.addClickListener(e -> anotherPerson());
        add(top, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get(CODE).orElse("");
        device = DeviceCookie.read().orElseGet(() -> DeviceCookie.issue(secureCookies));
        try {
            form = dialogue.publicForm(code, ClientAddress.current());
        } catch (NotFoundException e) {
            notFound();
            return;
        } catch (TooManySubmissionsException e) {
            card.removeAll();
            card.add(new H1(getTranslation("dialogue.form.title")), status);
            say(getTranslation("dialogue.form.tooMany", e.retryAfterSeconds()), true);
            return;
        }
        Optional<Answer> mine = dialogue.ownAnswer(code, device);
        answered = mine.isPresent();
        build();
        mine.ifPresent(this::fill);
        if (answered) {
            say(getTranslation(form.open() ? "dialogue.form.yourAnswer" : "dialogue.form.closedWithAnswer"), false);
        }
    }

    private void notFound() {
        card.removeAll();
        H1 title = new H1(getTranslation("dialogue.form.title"));
        Paragraph text = new Paragraph(getTranslation("dialogue.form.notFound"));
        text.addClassName("feedback-not-found");
        card.add(title, text);
    }

    private void build() {
        card.removeAll();
        H1 title = new H1(getTranslation("dialogue.form.title"));
        Paragraph meeting = new Paragraph(form.meetingTitle());
        meeting.addClassName("feedback-meeting");
        Span dates = new Span(Formats.dates(form.startDate(), form.endDate(), getLocale()));
        dates.addClassName("feedback-dates");
        card.add(title, meeting, dates, status);
        if (!form.open()) {
            Paragraph closed = new Paragraph(getTranslation("dialogue.form.closed"));
            closed.addClassName("feedback-closed");
            card.add(closed);
            return;
        }
        if (!form.items().isEmpty()) {
            H2 useTitle = new H2(getTranslation("dialogue.form.willUse"));
            willUse.setItems(form.items());
            card.add(section(useTitle, willUse));
        }
        H2 ratingTitle = new H2(getTranslation("dialogue.form.rating"));
        Span scale = new Span(getTranslation("dialogue.form.ratingScale"));
        scale.addClassName("feedback-scale");
        card.add(section(ratingTitle, rating, scale));

        H2 commentTitle = new H2(getTranslation("dialogue.form.comment"));
        counter();
        card.add(section(commentTitle, comment));

        send.setText(getTranslation(answered ? "dialogue.form.update" : "dialogue.form.send"));
        Paragraph privacy = new Paragraph(getTranslation("dialogue.form.privacy"));
        privacy.addClassName("feedback-privacy");
        anotherPerson.setVisible(answered);
        card.add(send, privacy, anotherPerson);
    }

    private static Div section(com.vaadin.flow.component.Component... parts) {
        Div section = new Div(parts);
        section.addClassName("feedback-section");
        return section;
    }

    private void counter() {
        comment.setHelperText(getTranslation("dialogue.form.commentCount", comment.getValue().length(), Limits.TEXT));
    }

    private void fill(Answer answer) {
        willUse.setValue(form.items().stream().filter(i -> answer.choices().contains(i.id())).collect(Collectors.toSet()));
        rating.setValue(answer.rating());
        comment.setValue(answer.comment() == null ? "" : answer.comment());
    }

    private void send() {
        comment.setInvalid(false);
        Set<Long> choices = willUse.getValue().stream().map(ChecklistItem::id).collect(Collectors.toCollection(HashSet::new));
        try {
            Answer answer = new Answer(choices, rating.getValue(), comment.getValue());
            Submitted saved = dialogue.submit(code, device, answer, ClientAddress.current());
            answered = true;
            send.setText(getTranslation("dialogue.form.update"));
            anotherPerson.setVisible(true);
            say(getTranslation(saved.updated() ? "dialogue.form.updated" : "dialogue.form.thanks"), false);
        } catch (TooManySubmissionsException e) {
            say(getTranslation("dialogue.form.tooMany", e.retryAfterSeconds()), true);
        } catch (NotFoundException e) {
            notFound();
        } catch (ValidationFailedException e) {
            problem(e);
        }
    }

    private void problem(ValidationFailedException e) {
        Set<String> keys = e.violations().stream().map(Violation::key).collect(Collectors.toSet());
        if (keys.contains("dialogue.error.closed") || keys.contains("dialogue.error.itemGone")) {
            reload(keys.contains("dialogue.error.closed") ? "dialogue.form.closedMeanwhile" : "dialogue.form.listChanged");
            return;
        }
        e.violations().stream().filter(v -> v.path().equals("comment")).findFirst().ifPresent(v -> {
            comment.setErrorMessage(getTranslation(v.key(), v.args().toArray()));
            comment.setInvalid(true);
        });
        say(Problems.describe(this, new ValidationFailedException(e.violations().stream()
                .map(v -> new Violation("", v.key(), v.args())).toList())), true);
    }

    /** The form changed while the participant filled it in: show it anew with everything still valid kept. */
    private void reload(String messageKey) {
        Set<Long> chosen = willUse.getValue().stream().map(ChecklistItem::id).collect(Collectors.toCollection(LinkedHashSet::new));
        Integer mark = rating.getValue();
        String text = comment.getValue();
        form = dialogue.publicForm(code, ClientAddress.current());
        build();
        willUse.setValue(form.items().stream().filter(i -> chosen.contains(i.id())).collect(Collectors.toSet()));
        rating.setValue(mark);
        comment.setValue(text);
        say(getTranslation(messageKey), true);
    }

    private void anotherPerson() {
        device = DeviceCookie.issue(secureCookies);
        answered = false;
        willUse.clear();
        rating.setValue(null);
        comment.clear();
        build();
        say(getTranslation("dialogue.form.newAnswer"), false);
    }

    /** Tells the participant, and brings the message into view: after Send the button is far below it on a phone. */
    private void say(String text, boolean warning) {
        status.setText(text);
        status.setVisible(true);
        status.setClassName("warning", warning);
        status.getElement().setAttribute("role", warning ? "alert" : "status");
        status.scrollIntoView(com.vaadin.flow.component.ScrollIntoViewOption.Block.CENTER);
    }

    /** For tests: the device key this page answers with. */
    String device() {
        return device;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dialogue.form.title") + (form == null ? "" : " · " + form.meetingTitle());
    }
}
