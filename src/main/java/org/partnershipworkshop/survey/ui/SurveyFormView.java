package org.partnershipworkshop.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.base.ui.ClientAddress;
import org.partnershipworkshop.base.ui.LanguagePreference;
import org.partnershipworkshop.base.ui.LanguageSwitch;
import org.partnershipworkshop.survey.PublicSurvey;
import org.partnershipworkshop.survey.SurveyAnswering;
import org.partnershipworkshop.survey.SurveyChannel;
import org.partnershipworkshop.survey.TooManySubmissionsException;
import org.springframework.beans.factory.annotation.Value;

/**
 * A reader survey on a reader's phone or a library's kiosk laptop, opened from a library's poster or link without
 * an account ({@code survey/CODE/LIBRARY}): the survey's questions in the interface language (the survey's own
 * unless the reader chose another), one answer per device (the anonymous key in a cookie; sending again
 * replaces it). {@code ?kiosk=1}: a shared laptop, where every person answers anew ("Next person" gives the
 * laptop a new key) and nobody sees the answer before theirs. What was typed stays whatever goes wrong.
 */
@Route(value = "survey/:code/:channel", autoLayout = false)
@AnonymousAllowed
@StyleSheet("./public-form.css")
@StyleSheet("./survey.css")
public class SurveyFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";
    static final String CHANNEL = "channel";

    private final SurveyAnswering answering;
    private final boolean secureCookies;
    private final Div card = new Div();
    private final Paragraph status = new Paragraph();
    private final Div questions = new Div();
    private final List<QuestionField> fields = new ArrayList<>();
    private final Button send = new Button();
    private final ThanksPanel thanks = new ThanksPanel(this::change, this::nextPerson);
    private String code;
    private long channel;
    private boolean kiosk;
    private String device;
    private PublicSurvey form;
    private boolean answered;

    public SurveyFormView(SurveyAnswering answering,
                          @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        this.answering = answering;
        this.secureCookies = secureCookies;
        addClassNames("public-form-view", "survey-form-view");
        card.addClassNames("public-card", "survey-card");
        status.addClassName("survey-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        questions.addClassName("survey-questions");
        send.setIcon(VaadinIcon.PAPERPLANE.create());
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        send.addClassName("survey-send");
        send.addClickListener(e -> send());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get(CODE).orElse("");
        kiosk = event.getLocation().getQueryParameters().getSingleParameter("kiosk").filter("1"::equals).isPresent();
        try {
            channel = Long.parseLong(event.getRouteParameters().get(CHANNEL).orElse(""));
            form = answering.form(code, channel, ClientAddress.current());
        } catch (NumberFormatException | NotFoundException e) {
            top();
            notFound();
            return;
        } catch (TooManySubmissionsException e) {
            top();
            card.removeAll();
            card.add(new H1(getTranslation("surveyform.title")), status);
            say(getTranslation("surveyform.tooMany", e.retryAfterSeconds()), true);
            return;
        }
        if (LanguagePreference.chosen().isEmpty()) {
            event.getUI().setLocale(form.language().locale());
        }
        top();
        // A kiosk's next person never sees the answer before theirs: each visit of the kiosk answers anew.
        device = kiosk ? DeviceCookie.issue(secureCookies) : DeviceCookie.read().orElseGet(() -> DeviceCookie.issue(secureCookies));
        Optional<Map<String, Object>> earlier = kiosk ? Optional.empty() : answering.earlier(code, device);
        answered = earlier.isPresent();
        build();
        earlier.ifPresent(this::fill);
        if (answered) {
            say(getTranslation(form.takesAnswers() ? "surveyform.answeredBefore" : "surveyform.closedWithAnswer"), false);
        }
    }

    private void top() {
        removeAll();
        Span app = new Span(getTranslation("app.name"));
        app.addClassNames("public-form-app", "survey-app");
        Div top = new Div(app, new LanguageSwitch());
        top.addClassNames("public-form-top", "survey-top");
        add(top, card);
    }

    private void notFound() {
        card.removeAll();
        Paragraph text = new Paragraph(getTranslation("surveyform.notFound"));
        text.addClassName("survey-not-found");
        card.add(new H1(getTranslation("surveyform.notFoundTitle")), text);
    }

    private void build() {
        card.removeAll();
        fields.clear();
        questions.removeAll();
        status.setVisible(false);
        H1 title = new H1(form.title());
        title.addClassName("survey-title");
        card.add(title);
        SurveyChannel library = form.channel();
        if (library.id() != SurveyChannel.NONE) {
            Paragraph asking = new Paragraph(getTranslation("surveyform.asking", library.name()));
            asking.addClassName("survey-library");
            card.add(asking);
        }
        card.add(status);
        if (!form.takesAnswers()) {
            Paragraph closed = new Paragraph(form.lastDay() != null && form.lastDay().isBefore(LocalDate.now())
                    ? getTranslation("surveyform.closedOn", date(form.lastDay())) : getTranslation("surveyform.closed"));
            closed.addClassName("survey-closed");
            card.add(closed);
            return;
        }
        if (form.lastDay() != null) {
            Span until = new Span(getTranslation("surveyform.until", date(form.lastDay())));
            until.addClassName("survey-until");
            card.add(until);
        }
        if (form.questionnaire().questions().stream().anyMatch(q -> q.required())) {
            Paragraph legend = new Paragraph(getTranslation("surveyform.requiredLegend"));
            legend.addClassName("survey-legend");
            questions.add(legend);
        }
        Language language = Language.of(getLocale());
        form.questionnaire().questions().forEach(q -> {
            QuestionField field = new QuestionField(q, language);
            fields.add(field);
            questions.add(field);
        });
        send.setText(getTranslation(answered ? "surveyform.update" : "surveyform.send"));
        Paragraph privacy = new Paragraph(getTranslation(kiosk ? "surveyform.privacyKiosk" : "surveyform.privacy"));
        privacy.addClassName("survey-privacy");
        questions.add(send, privacy);
        questions.setVisible(true);
        thanks.setVisible(false);
        card.add(questions, thanks);
    }

    private String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(day);
    }

    private void fill(Map<String, Object> earlier) {
        fields.forEach(f -> f.fill(earlier.get(f.question().id())));
    }

    private Map<String, Object> answers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (QuestionField f : fields) {
            Object value = f.value();
            if (value != null) {
                answers.put(f.question().id(), value);
            }
        }
        return answers;
    }

    private void send() {
        fields.forEach(f -> f.showError(null));
        try {
            boolean replaced = answering.submit(code, channel, device, answers(), ClientAddress.current());
            answered = true;
            status.setVisible(false);
            questions.setVisible(false);
            thanks.show(replaced, kiosk);
        } catch (TooManySubmissionsException e) {
            say(getTranslation("surveyform.tooMany", e.retryAfterSeconds()), true);
            status.scrollIntoView();
        } catch (NotFoundException e) {
            notFound();
        } catch (ValidationFailedException e) {
            problems(e);
        }
    }

    /** Every problem at its question; what concerns no question (a closed survey, an empty answer) at the top. */
    private void problems(ValidationFailedException e) {
        if (e.violations().stream().anyMatch(v -> v.key().equals("survey.error.closed"))) {
            Map<String, Object> typed = answers();
            form = answering.form(code, channel, ClientAddress.current());
            build();
            fill(typed);
            say(getTranslation("surveyform.closedMeanwhile"), true);
            return;
        }
        List<String> general = new ArrayList<>();
        QuestionField first = null;
        for (Violation v : e.violations()) {
            String text = getTranslation(v.key(), v.args().toArray());
            QuestionField field = v.path().startsWith("answers.") ? field(v.path().substring("answers.".length())) : null;
            if (field == null) {
                general.add(text);
            } else {
                field.showError(text);
                first = first == null ? field : first;
            }
        }
        if (first != null) {
            general.addFirst(getTranslation("surveyform.checkMarked"));
        }
        say(String.join(" ", general), true);
        if (first != null) {
            first.focusInput();
        } else {
            status.scrollIntoView();
        }
    }

    private QuestionField field(String id) {
        return fields.stream().filter(f -> f.question().id().equals(id)).findFirst().orElse(null);
    }

    /** Back to the device's answer, to change it. */
    private void change() {
        send.setText(getTranslation("surveyform.update"));
        thanks.setVisible(false);
        questions.setVisible(true);
        say(getTranslation("surveyform.answeredBefore"), false);
        card.scrollIntoView();
    }

    /** The kiosk's next person: a new device key and an empty form, so each person counts once. */
    private void nextPerson() {
        device = DeviceCookie.issue(secureCookies);
        answered = false;
        fields.forEach(QuestionField::clear);
        send.setText(getTranslation("surveyform.send"));
        thanks.setVisible(false);
        questions.setVisible(true);
        say(getTranslation("surveyform.ready"), false);
        card.scrollIntoView();
    }

    private void say(String text, boolean warning) {
        status.setText(text);
        status.setVisible(true);
        status.setClassName("warning", warning);
    }

    /** For tests: the device key this page answers with. */
    String device() {
        return device;
    }

    @Override
    public String getPageTitle() {
        return form == null ? getTranslation("surveyform.title") : form.title();
    }
}
