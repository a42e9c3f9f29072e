package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Downloads;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.plan.Plan;
import org.partnershipworkshop.plan.PlanEdit;
import org.partnershipworkshop.plan.PlanFactService;
import org.partnershipworkshop.plan.PlanFile;
import org.partnershipworkshop.plan.PlanPage;
import org.partnershipworkshop.plan.PlanPrintService;
import org.partnershipworkshop.plan.PlanService;

/**
 * A work plan's page: its header and printouts, then three tabs — the plan itself (section I, every section
 * with its indicators planned against actual and its rows with term, responsible people and where each stands),
 * the month (what is due, overdue and done, the indicators' month; the monthly report to the management) and
 * the staff's workload by month. A methodologist who may change the plan marks rows done, moved or cancelled and
 * enters indicators' actual values here.
 */
@Route("plans/:planId")
@RolesAllowed("MANAGER")
@StyleSheet("./plan.css")
public class PlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final PlanFactService facts;
    private final PlanPrintService prints;
    private PlanPage page;
    private YearMonth month;
    private String tab = "plan";

    public PlanView(PlanService plans, PlanFactService facts, PlanPrintService prints) {
        this.plans = plans;
        this.facts = facts;
        this.prints = prints;
        addClassName("plan-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("planId")
                .orElseThrow(() -> new NotFoundException("plan", event.getLocation().getPath()));
        page = plans.page(id);
        YearMonth today = YearMonth.from(page.today());
        var asked = event.getLocation().getQueryParameters().getSingleParameter("month").flatMap(PlanView::month)
                .filter(m -> m.getYear() == page.plan().year());
        if (asked.isPresent()) {
            tab = "month";
        }
        month = asked
                .orElse(today.getYear() == page.plan().year() ? today : YearMonth.of(page.plan().year(), 1));
        render();
    }

    private static java.util.Optional<YearMonth> month(String text) {
        try {
            return java.util.Optional.of(YearMonth.parse(text));
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    long id() {
        return page.id();
    }

    /** What the rows can link to, read when a row dialog opens. */
    java.util.List<org.partnershipworkshop.plan.LinkChoice> linkChoices() {
        return plans.linkChoices();
    }

    PlanPage page() {
        return page;
    }

    YearMonth month() {
        return month;
    }

    PlanFactService facts() {
        return facts;
    }

    /** After a change saved by a dialog: says so (when {@code doneKey} is given) and draws the plan again. */
    void saved(String doneKey) {
        if (doneKey != null) {
            Notifications.success(getTranslation(doneKey));
        }
        page = plans.page(page.id());
        render();
    }

    /**
     * Applies a change from a dialog: the plan's rules refuse by throwing, so the dialog shows the problem at its
     * field and stays open; done, the plan is drawn again and {@code doneKey} (when given) is said.
     */
    void edit(PlanEdit change, String doneKey) {
        page = plans.apply(page.id(), change);
        if (doneKey != null) {
            Notifications.success(getTranslation(doneKey));
        }
        render();
    }

    /** Rows from a spreadsheet into a section; refused whole with every problem's sheet row (the dialog lists them). */
    long importRows(String sectionId, byte[] xlsx) {
        int added = plans.importRows(page.id(), sectionId, xlsx);
        page = plans.page(page.id());
        Notifications.success(getTranslation("plan.edit.rowsImported", added));
        render();
        return added;
    }

    /** Applies a change from a button: what the plan's rules refuse is said in a notification, nothing changes. */
    void tryEdit(PlanEdit change, String doneKey) {
        try {
            edit(change, doneKey);
        } catch (ValidationFailedException e) {
            Problems.show(this, e);
        } catch (NotFoundException e) {
            Notifications.error(getTranslation("plan.edit.gone"));
            saved(null);
        }
    }

    private void editHeader() {
        new HeaderDialog(getTranslation("plan.edit.headerTitle"), page.plan(), input -> {
            Plan plan = page.plan();
            boolean statusChanged = input.status() != plan.status() || !java.util.Objects.equals(input.approval(), plan.approval());
            if (statusChanged) {
                edit(new PlanEdit.SetStatus(input.status(), input.approval()), null);
            }
            edit(new PlanEdit.SetHeader(input.header()), "plan.edit.headerSaved");
        }).open();
    }

    void showMonth(YearMonth chosen) {
        month = chosen;
        tab = "month";
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "plans/" + page.id() + "?month=" + chosen));
        render();
    }

    private void render() {
        removeAll();
        Plan plan = page.plan();
        Div head = new Div();
        head.addClassName("plan-head");
        Span whose = new Span(plan.header().department() == null ? plan.header().organisation()
                : plan.header().organisation() + " · " + plan.header().department());
        whose.addClassName("plan-eyebrow");
        H2 title = new H2(plan.header().title());
        title.addClassName("plan-title");
        Span status = new Span(getTranslation(plan.status().labelKey()));
        status.addClassNames("plan-badge", "plan-status-" + plan.status().name().toLowerCase(java.util.Locale.ROOT));
        Div line = new Div(status);
        line.addClassName("plan-facts");
        if (plan.approval() != null) {
            line.add(new Span(getTranslation("plan.ui.approved", plan.approval().by(),
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(plan.approval().on()))));
        }
        line.add(new Span(getTranslation("plan.ui.updated", Formats.time(page.updatedAt(), getLocale()),
                page.updatedBy() == null ? "—" : page.updatedBy())));
        if (!page.editable()) {
            Span readOnly = new Span(getTranslation("plan.ui.readOnly"));
            readOnly.addClassName("plan-read-only");
            line.add(readOnly);
        }
        Div downloads = new Div(
                Downloads.button(this, "plan.ui.pdf", () -> file(prints.pdf(page.id()))),
                Downloads.button(this, "plan.ui.docx", () -> file(prints.docx(page.id()))),
                Downloads.button(this, "plan.ui.xlsx", () -> file(prints.xlsx(page.id()))),
                Downloads.button(this, "plan.ui.yearReport", () -> file(prints.yearReport(page.id()))),
                Downloads.button(this, "plan.ui.json", () -> file(plans.exportJson(page.id()))));
        downloads.addClassName("plan-downloads");
        if (page.editable()) {
            Button edit = new Button(getTranslation("plan.edit.header"), VaadinIcon.EDIT.create(), e -> editHeader());
            edit.addClassName("plan-edit-header");
            downloads.addComponentAsFirst(edit);
        }
        head.add(whose, title, line, downloads);

        TabSheet tabs = new TabSheet();
        tabs.addClassName("plan-tabs");
        tabs.setWidthFull();
        // Each tab is built when first shown: a plan of 2,000 rows opens on one of them, not three (decision 0181).
        Map<Tab, Runnable> unbuilt = new HashMap<>();
        Tab planTab = lazyTab(tabs, "plan.ui.tab.plan", unbuilt, () -> new PlanSheet(this));
        Tab monthTab = lazyTab(tabs, "plan.ui.tab.month", unbuilt,
                () -> new MonthPanel(this, month, () -> file(prints.monthReport(page.id(), month))));
        Tab staffTab = lazyTab(tabs, "plan.ui.tab.staff", unbuilt, () -> new StaffPanel(facts.workload(page.id()), page.editable() ? this : null));
        planTab.addClassName("plan-tab-plan");
        monthTab.addClassName("plan-tab-month");
        staffTab.addClassName("plan-tab-staff");
        tabs.setSelectedTab(switch (tab) {
            case "month" -> monthTab;
            case "staff" -> staffTab;
            default -> planTab;
        });
        Optional.ofNullable(unbuilt.remove(tabs.getSelectedTab())).ifPresent(Runnable::run);
        tabs.addSelectedChangeListener(e -> Optional.ofNullable(unbuilt.remove(e.getSelectedTab())).ifPresent(Runnable::run));
        tabs.addSelectedChangeListener(e -> tab = e.getSelectedTab() == monthTab ? "month"
                : e.getSelectedTab() == staffTab ? "staff" : "plan");
        add(head, tabs);
    }

    private Tab lazyTab(TabSheet tabs, String key, Map<Tab, Runnable> unbuilt, Supplier<Component> content) {
        Div box = new Div();
        Tab added = tabs.add(getTranslation(key), box);
        unbuilt.put(added, () -> box.add(content.get()));
        return added;
    }

    static Downloads.File file(PlanFile f) {
        return new Downloads.File(f.fileName(), f.mediaType(), f.content());
    }

    @Override
    public String getPageTitle() {
        return (page == null ? getTranslation("plans.title") : page.plan().header().title()) + " · " + getTranslation("app.name");
    }
}
