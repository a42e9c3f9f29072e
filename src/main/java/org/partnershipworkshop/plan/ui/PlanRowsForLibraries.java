package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnershipworkshop.library.LibraryDetails;
import org.partnershipworkshop.library.ui.LibraryPageSection;
import org.partnershipworkshop.plan.DueRow;
import org.partnershipworkshop.plan.LibraryPlan;
import org.partnershipworkshop.plan.PlanFactService;
import org.partnershipworkshop.base.ui.Formats;

/**
 * On a library's page, for its own account and for managers: what the regional library's approved plans address to
 * the municipal libraries — each row with its term as written, its first due date and where it stands — so a
 * library knows what is coming without reading the department's plan. Nothing when no plan addresses them.
 */
@org.springframework.stereotype.Component
class PlanRowsForLibraries implements LibraryPageSection {

    private final PlanFactService facts;

    PlanRowsForLibraries(PlanFactService facts) {
        this.facts = facts;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String title(LibraryDetails library) {
        return UI.getCurrent().getTranslation("plan.libraries.title");
    }

    @Override
    public Optional<Component> create(LibraryDetails library) {
        List<LibraryPlan> plans = facts.forLibraries();
        if (plans.isEmpty()) {
            return Optional.empty();
        }
        Div box = new Rows();
        for (LibraryPlan plan : plans) {
            H4 title = new H4(plan.plan().title());
            box.add(title);
            for (DueRow row : plan.rows()) {
                box.add(line(box, row));
            }
        }
        return Optional.of(box);
    }

    private static Div line(Div context, DueRow row) {
        Span term = new Span(row.term() == null ? "" : row.term());
        term.addClassName("plan-term");
        Span when = new Span(row.dueDates().isEmpty() ? "" : Formats.dates(row.dueDates().getFirst(), null, UI.getCurrent().getLocale()));
        when.addClassName("plan-for-libraries-when");
        Span text = new Span(row.text());
        text.addClassName("plan-for-libraries-text");
        Span status = new Span(context.getTranslation(row.status().labelKey()));
        status.addClassNames("plan-badge", "plan-fact-" + row.status().name().toLowerCase(Locale.ROOT));
        Div line = new Div(text, term, when, status);
        line.addClassName("plan-for-libraries-row");
        return line;
    }

    /** The section's box, bringing the plan's styles to the library's page. */
    @StyleSheet("./plan.css")
    static final class Rows extends Div {
        Rows() {
            addClassName("plan-for-libraries");
        }
    }
}
