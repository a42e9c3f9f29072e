package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.partnershipworkshop.action.EventPlanService;
import org.partnershipworkshop.action.LibraryEvent;
import org.partnershipworkshop.action.LibraryPlan;
import org.partnershipworkshop.base.StaleRevisionException;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.Notifications;

/**
 * A library's plan of events for an action: each event with its date, form, place, audience and responsible
 * person, and what came of it; added, changed, moved and removed by the library (or a coordinator), each change
 * saved at once on the plan's revision — a plan changed meanwhile on another screen is shown again, not overwritten.
 */
class EventsPanel extends Div {

    private final EventPlanService plans;
    private final long actionId;
    private final long libraryId;
    private final boolean editable;
    private final Div list = new Div();
    private final Paragraph none = new Paragraph();
    private LibraryPlan plan;

    EventsPanel(EventPlanService plans, long actionId, long libraryId, boolean editable) {
        this.plans = plans;
        this.actionId = actionId;
        this.libraryId = libraryId;
        this.editable = editable;
        addClassName("action-events");
        if (editable) {
            Button add = new Button(getTranslation("action.event.add"), VaadinIcon.PLUS.create(),
                    e -> new EventDialog(getTranslation("action.event.add"), null, event -> change(list -> list.add(event))).open());
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.addClassName("action-event-add");
            add(add);
        }
        list.addClassName("action-events-grid");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", getTranslation("action.tab.events"));
        none.setText(getTranslation("action.event.none"));
        none.addClassName("action-quiet");
        add(none, list);
        show(plans.plan(actionId, libraryId));
    }

    private void show(LibraryPlan plan) {
        this.plan = plan;
        list.removeAll();
        plan.events().forEach(e -> list.add(card(e)));
        none.setVisible(plan.events().isEmpty());
        list.setVisible(!plan.events().isEmpty());
    }

    /** One event as a card: when and in which form, what, where and for whom, who is responsible, what came of it. */
    private Component card(LibraryEvent e) {
        Span when = new Span(e.date() == null ? "" : Formats.dates(e.date(), null, getLocale()));
        when.addClassName("action-event-when");
        Span form = new Span(getTranslation(e.form().labelKey()));
        form.addClassName("action-badge");
        Div top = new Div(when, form, outcomeCell(e));
        top.addClassName("action-event-top");
        Div card = new Div(top, titleCell(e));
        if (e.responsible() != null) {
            Span who = new Span(getTranslation("action.event.responsible") + ": " + e.responsible());
            who.addClassName("action-quiet");
            card.add(who);
        }
        if (editable) {
            card.add(buttons(e));
        }
        card.addClassName("action-event");
        card.getElement().setAttribute("role", "listitem");
        return card;
    }

    private Component titleCell(LibraryEvent e) {
        Span title = new Span(e.title());
        title.addClassName("action-event-name");
        Div cell = new Div(title);
        String where = getTranslation(e.place().labelKey()) + (e.audience() == null ? "" : " · " + e.audience());
        Span place = new Span(where);
        place.addClassName("action-quiet");
        cell.add(place);
        if (e.link() != null) {
            Anchor link = new Anchor(e.link(), e.link());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            cell.add(link);
        }
        return cell;
    }

    private Component outcomeCell(LibraryEvent e) {
        String text = e.outcome() == null ? getTranslation("action.event.notReported")
                : e.outcome().held() ? getTranslation("action.event.heldWith", e.participants()) : getTranslation("action.event.notHeld");
        Span outcome = new Span(text);
        outcome.addClassNames("action-badge", e.outcome() == null ? "action-quiet" : e.held() ? "action-held" : "action-overdue");
        return outcome;
    }

    private Component buttons(LibraryEvent e) {
        Button edit = icon(VaadinIcon.EDIT, "action.edit", () -> new EventDialog(getTranslation("action.event.edit"), e,
                changed -> change(list -> list.set(list.indexOf(e), changed))).open());
        Button up = icon(VaadinIcon.ARROW_UP, "action.moveUp", () -> change(list -> {
            int i = list.indexOf(e);
            if (i > 0) {
                list.add(i - 1, list.remove(i));
            }
        }));
        Button remove = icon(VaadinIcon.TRASH, "action.remove", () -> change(list -> list.remove(e)));
        Div buttons = new Div(edit, up, remove);
        buttons.addClassName("action-event-buttons");
        return buttons;
    }

    private Button icon(VaadinIcon icon, String label, Runnable run) {
        Button button = new Button(icon.create(), e -> run.run());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(getTranslation(label));
        button.setTooltipText(getTranslation(label));
        return button;
    }

    private void change(java.util.function.Consumer<List<LibraryEvent>> edit) {
        List<LibraryEvent> next = new ArrayList<>(plan.events());
        edit.accept(next);
        try {
            show(plans.save(actionId, libraryId, plan.revision(), next));
            Notifications.success(getTranslation("action.event.saved"));
        } catch (StaleRevisionException e) {
            show(plans.plan(actionId, libraryId));
            Notifications.error(getTranslation("action.event.stale"));
        }
    }

    boolean editable() {
        return editable;
    }
}
