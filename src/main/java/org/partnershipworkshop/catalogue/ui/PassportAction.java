package org.partnershipworkshop.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.catalogue.CatalogueService;
import org.partnershipworkshop.catalogue.NewPassport;
import org.partnershipworkshop.catalogue.PracticeFacts;
import org.partnershipworkshop.catalogue.PracticeSummary;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingDetails.PresentationView;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.meeting.Presentation;
import org.partnershipworkshop.meeting.ui.PresentationAction;

/**
 * "Passport" under a presentation of a meeting's programme: a link to each practice attached to it (for
 * managers and above), or — for facilitators, when there is none — a button that creates the practice's
 * passport from the presentation (its title as the name, the speaker as the team).
 */
@org.springframework.stereotype.Component
class PassportAction implements PresentationAction {

    private final CatalogueService catalogue;
    private final MeetingService meetings;
    private final AuthenticationContext authentication;

    PassportAction(CatalogueService catalogue, MeetingService meetings, AuthenticationContext authentication) {
        this.catalogue = catalogue;
        this.meetings = meetings;
        this.authentication = authentication;
    }

    @Override
    public Function<PresentationView, Optional<Component>> forMeeting(MeetingDetails meeting) {
        if (!authentication.hasRole("MANAGER")) {
            return presentation -> Optional.empty();
        }
        boolean facilitator = authentication.hasRole("FACILITATOR");
        Map<Long, List<PracticeSummary>> attached = catalogue.atMeeting(meeting.id()).stream()
                .filter(p -> p.presentationId() != null)
                .collect(Collectors.groupingBy(PracticeSummary::presentationId));
        return presentation -> {
            List<PracticeSummary> practices = attached.getOrDefault(presentation.id(), List.of());
            if (practices.isEmpty() && !facilitator) {
                return Optional.empty();
            }
            UI ui = UI.getCurrent();
            PassportLine line = new PassportLine();
            for (PracticeSummary practice : practices) {
                Anchor link = new Anchor("practices/" + practice.id(), ui.getTranslation("practice.passportOf",
                        Objects.toString(practice.title(), ui.getTranslation("practice.untitled"))));
                link.addClassName("presentation-passport-link");
                link.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
                line.add(link);
            }
            if (practices.isEmpty()) {
                Button add = new Button(ui.getTranslation("practice.addPassport"), VaadinIcon.PLUS.create(),
                        e -> create(ui, meeting, presentation));
                add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                add.addClassName("presentation-passport-add");
                line.add(add);
            }
            return Optional.of(line);
        };
    }

    /** The line under a presentation; it brings the catalogue's style sheet to the meeting page. */
    @StyleSheet("./catalogue.css")
    static final class PassportLine extends Div {
        PassportLine() {
            addClassName("presentation-practice");
        }
    }

    private void create(UI ui, MeetingDetails meeting, PresentationView view) {
        Presentation p = view.presentation();
        String team = Stream.of(p.speaker(), p.role(), p.organization()).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        PracticeFacts facts = PracticeFacts.of(meeting.facts().language()).presentedAt(meeting.id(), view.id());
        new PracticeFactsDialog(ui.getTranslation("practice.addPassport"), p.title(), facts, meetings.list(),
                meetings::details, catalogue.choices().regions(), form -> {
            long id = catalogue.create(form.facts(), NewPassport.named(form.name(), team));
            Notifications.success(ui.getTranslation("practice.notice.created"));
            ui.navigate("practices/" + id);
        }).open();
    }
}
