package org.partnershipworkshop.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.ui.CanvasGlance;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingDetails.GroupView;
import org.partnershipworkshop.meeting.MeetingDetails.PresentationView;
import org.partnershipworkshop.meeting.MeetingDetails.SessionView;
import org.partnershipworkshop.meeting.MeetingFacts;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.meeting.Person;
import org.partnershipworkshop.meeting.Presentation;

/**
 * A meeting: its groups' canvases at a glance, the programme, the facts and people, the feedback.
 * Facilitators edit everything here; other features add their buttons to the toolbar.
 */
@Route("meetings/:meetingId")
@PermitAll
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final CanvasService canvases;
    private final List<MeetingPageAction> actions;
    private final List<PresentationAction> presentationActions;
    private final boolean facilitator;
    private final boolean manager;
    private TabSheet tabs = new TabSheet();
    private MeetingDetails meeting;

    public MeetingView(MeetingService meetings, CanvasService canvases, AuthenticationContext authentication,
                       List<MeetingPageAction> actions, List<PresentationAction> presentationActions) {
        this.meetings = meetings;
        this.canvases = canvases;
        this.actions = actions.stream().sorted(Comparator.comparingInt(MeetingPageAction::order)).toList();
        this.presentationActions = presentationActions;
        this.facilitator = authentication.hasRole("FACILITATOR");
        this.manager = authentication.hasRole("MANAGER");
        addClassName("meeting-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("meetingId")
                .orElseThrow(() -> new NotFoundException("meeting", event.getLocation().getPath()));
        meeting = meetings.details(id);
        render(0);
    }

    private void reload() {
        int selected = tabs.getSelectedIndex();
        meeting = meetings.details(meeting.id());
        render(Math.max(0, selected));
    }

    private void render(int selectedTab) {
        removeAll();
        tabs = new TabSheet();
        add(header());
        tabs.add(getTranslation("meeting.tab.groups", meeting.groups().size()), groupsTab());
        tabs.add(getTranslation("meeting.tab.programme"), programmeTab());
        tabs.add(getTranslation("meeting.tab.about"), aboutTab());
        tabs.add(getTranslation("meeting.tab.feedback"), feedbackTab());
        tabs.setSelectedIndex(selectedTab);
        tabs.setWidthFull();
        add(tabs);
    }

    private Component header() {
        MeetingFacts f = meeting.facts();
        H1 title = new H1(f.title());
        title.addClassName("meeting-title");
        Paragraph meta = new Paragraph(Stream.of(f.kind(), Formats.dates(f.startDate(), f.endDate(), getLocale()), f.venue())
                .filter(Objects::nonNull).collect(Collectors.joining(" · ")));
        meta.addClassName("meeting-meta");
        FlexLayout toolbar = new FlexLayout();
        toolbar.addClassName("meeting-toolbar");
        if (facilitator) {
            toolbar.add(button("meeting.edit", VaadinIcon.EDIT, this::editFacts));
        }
        actions.forEach(a -> a.create(meeting).ifPresent(toolbar::add));
        if (facilitator) {
            Button delete = button("meeting.delete", VaadinIcon.TRASH, this::confirmDelete);
            delete.addThemeVariants(ButtonVariant.ERROR);
            toolbar.add(delete);
        }
        Div header = new Div(title, meta, toolbar);
        header.addClassName("meeting-header");
        return header;
    }

    // --- groups

    private Component groupsTab() {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        if (facilitator) {
            Button add = button("group.add", VaadinIcon.PLUS, this::addGroup);
            add.addThemeVariants(ButtonVariant.PRIMARY);
            tab.add(add);
        }
        if (meeting.groups().isEmpty()) {
            tab.add(new Paragraph(getTranslation("group.none")));
            return tab;
        }
        Map<Long, CanvasSnapshot> current = manager
                ? canvases.current(meeting.groups().stream().map(GroupView::id).toList()) : Map.of();
        Div cards = new Div();
        cards.addClassName("group-cards");
        Language language = meeting.facts().language();
        for (GroupView group : meeting.groups()) {
            cards.add(groupCard(group, current.get(group.id()), language));
        }
        tab.add(cards);
        return tab;
    }

    private Component groupCard(GroupView group, CanvasSnapshot snapshot, Language language) {
        Anchor open = new Anchor("groups/" + group.id(), getTranslation("group.cardTitle", group.number(), group.name()));
        open.addClassName("group-card-title");
        H3 heading = new H3(open);
        Div card = new Div(heading);
        card.addClassName("group-card");
        card.getElement().setAttribute("data-group", String.valueOf(group.number()));
        if (!group.data().members().isEmpty()) {
            Span members = new Span(String.join(", ", group.data().members()));
            members.addClassName("group-members");
            card.add(members);
        }
        if (snapshot != null) {
            canvases.findTemplate(snapshot.templateId())
                    .ifPresent(t -> card.add(new CanvasGlance(t, language, snapshot.canvas())));
            Span revision = new Span(getTranslation("group.revision", snapshot.revision(),
                    Formats.time(snapshot.savedAt(), getLocale())));
            revision.addClassName("group-revision");
            card.add(revision);
        }
        if (facilitator) {
            Div controls = new Div(iconButton(VaadinIcon.EDIT, getTranslation("group.edit"), () -> editGroup(group)),
                    iconButton(VaadinIcon.TRASH, getTranslation("group.remove"), () -> removeGroup(group)));
            controls.addClassName("group-card-controls");
            card.add(controls);
        }
        return card;
    }

    private void addGroup() {
        int next = meeting.groups().stream().mapToInt(GroupView::number).max().orElse(0) + 1;
        new GroupDialog(getTranslation("group.add"), null, next, canvases.templates(), meeting.facts().language(), data -> {
            meetings.addGroup(meeting.id(), data);
            reload();
        }).open();
    }

    private void editGroup(GroupView group) {
        new GroupDialog(getTranslation("group.edit"), group.data(), group.number(), canvases.templates(),
                meeting.facts().language(), data -> {
            meetings.updateGroup(group.id(), data);
            reload();
        }).open();
    }

    private void removeGroup(GroupView group) {
        confirm(getTranslation("group.remove.title"), getTranslation("group.remove.text", group.number(), group.name()), () -> {
            meetings.removeGroup(group.id());
            reload();
        });
    }

    // --- programme

    private Component programmeTab() {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        tab.addClassName("programme");
        if (meeting.sessions().isEmpty()) {
            tab.add(new Paragraph(getTranslation("programme.none")));
        }
        var extras = presentationActions.stream().map(a -> a.forMeeting(meeting)).toList();
        for (SessionView session : meeting.sessions()) {
            Div block = new Div();
            block.addClassName("programme-session");
            H3 title = new H3(session.title());
            Div head = new Div(title);
            head.addClassName("programme-session-head");
            if (facilitator) {
                head.add(iconButton(VaadinIcon.EDIT, getTranslation("session.rename"), () -> renameSession(session)),
                        iconButton(VaadinIcon.ARROW_UP, getTranslation("action.moveUp"), () -> {
                            meetings.moveSession(session.id(), -1);
                            reload();
                        }),
                        iconButton(VaadinIcon.ARROW_DOWN, getTranslation("action.moveDown"), () -> {
                            meetings.moveSession(session.id(), 1);
                            reload();
                        }),
                        iconButton(VaadinIcon.TRASH, getTranslation("session.remove"), () -> removeSession(session)));
            }
            block.add(head);
            for (PresentationView view : session.presentations()) {
                block.add(presentation(view));
                extras.forEach(extra -> extra.apply(view).ifPresent(block::add));
            }
            if (facilitator) {
                Button add = button("presentation.add", VaadinIcon.PLUS, () -> addPresentation(session));
                add.addThemeVariants(ButtonVariant.TERTIARY);
                block.add(add);
            }
            tab.add(block);
        }
        if (facilitator) {
            tab.add(button("session.add", VaadinIcon.PLUS, this::addSession));
        }
        return tab;
    }

    private Component presentation(PresentationView view) {
        Presentation p = view.presentation();
        Div item = new Div();
        item.addClassName("programme-presentation");
        String who = Stream.of(p.speaker(), p.role(), p.organization()).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        if (!who.isEmpty()) {
            Span speaker = new Span(who);
            speaker.addClassName("presentation-speaker");
            item.add(speaker);
        }
        Span title = new Span(p.title());
        title.addClassName("presentation-title");
        item.add(title);
        if (p.hasPlan()) {
            item.add(new PlanLine(p));
        }
        if (p.summary() != null) {
            Paragraph summary = new Paragraph(p.summary());
            summary.addClassName("presentation-summary");
            item.add(summary);
        }
        if (facilitator) {
            Div controls = new Div(
                    iconButton(VaadinIcon.EDIT, getTranslation("presentation.edit"), () -> editPresentation(view)),
                    iconButton(VaadinIcon.ARROW_UP, getTranslation("action.moveUp"), () -> {
                        meetings.movePresentation(view.id(), -1);
                        reload();
                    }),
                    iconButton(VaadinIcon.ARROW_DOWN, getTranslation("action.moveDown"), () -> {
                        meetings.movePresentation(view.id(), 1);
                        reload();
                    }),
                    iconButton(VaadinIcon.TRASH, getTranslation("presentation.remove"), () -> confirm(
                            getTranslation("presentation.remove"), getTranslation("presentation.remove.text", p.title()), () -> {
                                meetings.removePresentation(view.id());
                                reload();
                            })));
            controls.addClassName("presentation-controls");
            item.add(controls);
        }
        return item;
    }

    private void addSession() {
        new TextDialog(getTranslation("session.add"), getTranslation("session.title"), "", title -> {
            meetings.addSession(meeting.id(), title);
            reload();
        }).open();
    }

    private void renameSession(SessionView session) {
        new TextDialog(getTranslation("session.rename"), getTranslation("session.title"), session.title(), title -> {
            meetings.renameSession(session.id(), title);
            reload();
        }).open();
    }

    private void removeSession(SessionView session) {
        confirm(getTranslation("session.remove"), getTranslation("session.remove.text", session.title(),
                session.presentations().size()), () -> {
            meetings.removeSession(session.id());
            reload();
        });
    }

    private void addPresentation(SessionView session) {
        new PresentationDialog(getTranslation("presentation.add"), null, meeting.facts().startDate(), p -> {
            meetings.addPresentation(session.id(), p);
            reload();
        }).open();
    }

    private void editPresentation(PresentationView view) {
        new PresentationDialog(getTranslation("presentation.edit"), view.presentation(), meeting.facts().startDate(), p -> {
            meetings.updatePresentation(view.id(), p);
            reload();
        }).open();
    }

    // --- about

    private Component aboutTab() {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        tab.addClassName("meeting-about");
        MeetingFacts f = meeting.facts();
        if (f.description() != null) {
            tab.add(new Paragraph(f.description()));
        }
        Div facts = new Div();
        facts.addClassName("facts");
        fact(facts, "meeting.kind", f.kind());
        fact(facts, "meeting.dates", Formats.dates(f.startDate(), f.endDate(), getLocale()));
        fact(facts, "meeting.venue", f.venue());
        fact(facts, "meeting.host", f.host());
        fact(facts, "meeting.organizers", f.organizers().isEmpty() ? null : String.join("; ", f.organizers()));
        fact(facts, "meeting.regions", f.regions().isEmpty() ? null : String.join(", ", f.regions()));
        fact(facts, "meeting.participantCount", f.participantCount() == null ? null : String.valueOf(f.participantCount()));
        fact(facts, "meeting.language", org.partnershipworkshop.base.ui.LanguageSwitch.nativeName(f.language()));
        tab.add(facts);
        H3 peopleTitle = new H3(getTranslation("meeting.people"));
        tab.add(peopleTitle);
        if (meeting.people().isEmpty()) {
            tab.add(new Paragraph(getTranslation("people.none")));
        } else {
            UnorderedList people = new UnorderedList();
            people.addClassName("people-list");
            for (Person p : meeting.people()) {
                people.add(new ListItem(Stream.of(p.name(), p.role(), p.organization()).filter(Objects::nonNull)
                        .collect(Collectors.joining(", "))));
            }
            tab.add(people);
        }
        if (facilitator) {
            tab.add(button("people.edit", VaadinIcon.USERS, () -> new PeopleDialog(getTranslation("people.edit"),
                    meeting.people(), people -> {
                meetings.setPeople(meeting.id(), people);
                reload();
            }).open()));
        }
        return tab;
    }

    private void fact(Div facts, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value);
        text.addClassName("fact-value");
        facts.add(label, text);
    }

    private void editFacts() {
        new MeetingFactsDialog(getTranslation("meeting.edit"), meeting.facts(), meeting.facts().language(), facts -> {
            meeting = meetings.updateFacts(meeting.id(), meeting.version(), facts);
            Notifications.success(getTranslation("action.saved"));
            reload();
        }).open();
    }

    // --- feedback

    private Component feedbackTab() {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        tab.addClassName("meeting-feedback");
        actions.forEach(a -> a.feedbackPart(meeting).ifPresent(tab::add));
        tab.add(new H3(getTranslation("feedback.willUse")));
        tab.add(list(meeting.feedback().willUse()));
        tab.add(new H3(getTranslation("feedback.comments")));
        tab.add(list(meeting.feedback().comments()));
        if (facilitator) {
            tab.add(button("feedback.edit", VaadinIcon.EDIT, () -> new FeedbackDialog(getTranslation("feedback.edit"),
                    meeting.feedback(), feedback -> {
                meetings.setFeedback(meeting.id(), feedback);
                reload();
            }).open()));
        }
        return tab;
    }

    private Component list(List<String> items) {
        if (items.isEmpty()) {
            return new Paragraph(getTranslation("feedback.none"));
        }
        UnorderedList list = new UnorderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        return list;
    }

    // --- helpers

    private void confirmDelete() {
        confirm(getTranslation("meeting.delete.title"), getTranslation("meeting.delete.text", meeting.facts().title(),
                meeting.groups().size()), () -> {
            meetings.delete(meeting.id());
            Notifications.success(getTranslation("meeting.deleted"));
            getUI().ifPresent(ui -> ui.navigate("meetings"));
        });
    }

    private void confirm(String title, String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, getTranslation("action.delete"), e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private Button button(String labelKey, VaadinIcon icon, Runnable action) {
        return new Button(getTranslation(labelKey), icon.create(), e -> action.run());
    }

    private Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    @Override
    public String getPageTitle() {
        return meeting == null ? getTranslation("app.name") : meeting.facts().title() + " · " + getTranslation("app.name");
    }
}
