package org.partnershipworkshop.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.catalogue.CatalogueChoices;
import org.partnershipworkshop.catalogue.CatalogueFilter;
import org.partnershipworkshop.catalogue.CatalogueService;
import org.partnershipworkshop.catalogue.NewPassport;
import org.partnershipworkshop.catalogue.PracticeFacts;
import org.partnershipworkshop.catalogue.PracticePeriod;
import org.partnershipworkshop.catalogue.PracticeSummary;
import org.partnershipworkshop.base.ui.ImportDialog;
import org.partnershipworkshop.meeting.MeetingService;

/**
 * The good-practice catalogue: every practice of every meeting and the ones standing alone, searched by
 * any text and filtered by region, years, target group and participant. Facilitators add a practice or
 * import one ({@code workshop-practice/1}); a row opens the practice's page.
 */
@Route("practices")
@Menu(order = 25, title = "practices.menu", icon = "LIGHTBULB")
@RolesAllowed("MANAGER")
@StyleSheet("./catalogue.css")
public class CatalogueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private final MeetingService meetings;
    private final boolean facilitator;
    private final TextField text = new TextField();
    private final ComboBox<String> region = new ComboBox<>();
    private final IntegerField fromYear = new IntegerField();
    private final IntegerField toYear = new IntegerField();
    private final ComboBox<String> targetGroup = new ComboBox<>();
    private final ComboBox<String> partner = new ComboBox<>();
    private final Span count = new Span();
    private final Paragraph none = new Paragraph();
    private final Grid<PracticeSummary> grid = new Grid<>();
    /** The meeting filter, set from the address (a meeting page links here): shown so it can be removed. */
    private final Button meetingFilter = new Button(VaadinIcon.CLOSE_SMALL.create());
    private Long meetingId;
    private boolean loading;

    public CatalogueView(CatalogueService catalogue, MeetingService meetings, AuthenticationContext authentication) {
        this.catalogue = catalogue;
        this.meetings = meetings;
        this.facilitator = authentication.hasRole("FACILITATOR");
        addClassName("catalogue-view");
        H2 title = new H2(getTranslation("practices.title"));
        Paragraph intro = new Paragraph(getTranslation("practices.intro"));
        intro.addClassName("catalogue-intro");
        Div head = new Div(title);
        head.addClassName("catalogue-head");
        if (facilitator) {
            Button create = new Button(getTranslation("practices.new"), VaadinIcon.PLUS.create(), e -> create());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.addClassName("practice-new");
            Button importButton = new Button(getTranslation("practices.import"), VaadinIcon.UPLOAD.create(), e -> importDocument());
            importButton.addClassName("practice-import");
            Div actions = new Div(create, importButton);
            actions.addClassName("catalogue-actions");
            head.add(actions);
        }
        add(head, intro, filters(), count, grid(), none);
        none.setText(getTranslation("practices.none"));
        none.addClassName("catalogue-none");
        count.addClassName("catalogue-count");
        count.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        loading = true;
        text.setValue(query.getSingleParameter("text").orElse(""));
        fromYear.setValue(query.getSingleParameter("from").flatMap(CatalogueView::number).map(Long::intValue).orElse(null));
        toYear.setValue(query.getSingleParameter("to").flatMap(CatalogueView::number).map(Long::intValue).orElse(null));
        targetGroup.setValue(query.getSingleParameter("targetGroup").orElse(null));
        partner.setValue(query.getSingleParameter("partner").orElse(null));
        meetingId = query.getSingleParameter("meeting").flatMap(CatalogueView::number).orElse(null);
        showMeetingFilter();
        loading = false;
        refreshChoices();
        region.setValue(query.getSingleParameter("region").orElse(null));
        search();
    }

    private static java.util.Optional<Long> number(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private Component filters() {
        text.setPlaceholder(getTranslation("practices.search"));
        text.setAriaLabel(getTranslation("practices.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addClassName("filter-text");
        setUp(region, "practices.filter.region", false);
        fromYear.setPlaceholder(getTranslation("practices.filter.from"));
        fromYear.setAriaLabel(getTranslation("practices.filter.from"));
        toYear.setPlaceholder(getTranslation("practices.filter.to"));
        toYear.setAriaLabel(getTranslation("practices.filter.to"));
        for (IntegerField year : List.of(fromYear, toYear)) {
            year.setMin(PracticeFacts.FIRST_YEAR);
            year.setMax(PracticeFacts.LAST_YEAR);
            year.setClearButtonVisible(true);
            year.setValueChangeMode(ValueChangeMode.LAZY);
            year.addClassName("filter-year");
        }
        setUp(targetGroup, "practices.filter.targetGroup", true);
        setUp(partner, "practices.filter.partner", true);
        Button clear = new Button(getTranslation("practices.filter.clear"), VaadinIcon.CLOSE_SMALL.create(), e -> clear());
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        text.addValueChangeListener(e -> search());
        fromYear.addValueChangeListener(e -> search());
        toYear.addValueChangeListener(e -> search());
        Stream.of(region, targetGroup, partner).forEach(f -> f.addValueChangeListener(e -> search()));
        meetingFilter.addClassName("filter-meeting");
        meetingFilter.addThemeVariants(ButtonVariant.SMALL);
        meetingFilter.addClickListener(e -> {
            meetingId = null;
            showMeetingFilter();
            search();
        });
        Div filters = new Div(text, region, fromYear, toYear, targetGroup, partner, meetingFilter, clear);
        filters.addClassName("catalogue-filters");
        return filters;
    }

    /** A filter with a choice of known values; {@code typed}: any typed text also filters (it matches parts). */
    private void setUp(ComboBox<String> box, String key, boolean typed) {
        box.setPlaceholder(getTranslation(key));
        box.setAriaLabel(getTranslation(key));
        box.setClearButtonVisible(true);
        box.addClassName("filter-choice");
        if (typed) {
            box.setAllowCustomValue(true);
            box.addCustomValueSetListener(e -> box.setValue(e.getDetail()));
        }
    }

    private Component grid() {
        grid.addClassName("catalogue-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("practices.title"));
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("practice.name")).setFlexGrow(5).setKey("name");
        grid.addColumn(p -> Objects.toString(p.region(), "")).setHeader(getTranslation("practice.region")).setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(this::period).setHeader(getTranslation("practice.period")).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setComparator(p -> p.fromYear() == null ? Integer.MAX_VALUE : p.fromYear());
        grid.addColumn(p -> Objects.toString(p.targetGroup(), "")).setHeader(getTranslation("practice.targetGroup"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::presentedCell).setHeader(getTranslation("practice.presentedAt")).setFlexGrow(3);
        grid.addColumn(p -> String.join("; ", p.participants())).setHeader(getTranslation("practice.participants"))
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component nameCell(PracticeSummary p) {
        Anchor name = new Anchor("practices/" + p.id(), p.title() == null ? getTranslation("practice.untitled") : p.title());
        name.addClassName("practice-link");
        Div cell = new Div(name);
        if (p.hasProjectCard()) {
            Span card = new Span(getTranslation("practice.hasProjectCard"));
            card.addClassName("practice-card-badge");
            cell.add(card);
        }
        if (p.language() != Language.of(getLocale())) {
            Span language = new Span(p.language().code().toUpperCase(java.util.Locale.ROOT));
            language.addClassName("practice-language");
            language.getElement().setAttribute("title", org.partnershipworkshop.base.ui.LanguageSwitch.nativeName(p.language()));
            cell.add(language);
        }
        return cell;
    }

    private Component presentedCell(PracticeSummary p) {
        if (p.meetingId() == null) {
            Span alone = new Span(getTranslation("practice.standsAlone"));
            alone.addClassName("practice-alone");
            return alone;
        }
        Anchor meeting = new Anchor("meetings/" + p.meetingId(), Objects.toString(p.meetingTitle(), ""));
        Div cell = new Div(meeting);
        if (p.presentationTitle() != null) {
            Span presentation = new Span(p.presentationTitle());
            presentation.addClassName("practice-presentation");
            cell.add(presentation);
        }
        return cell;
    }

    private String period(PracticeSummary p) {
        return Objects.toString(PracticePeriod.text(new PracticeFacts(p.language(), null, p.fromYear(), p.toYear(),
                null, null, null), this::getTranslation), "");
    }

    private void refreshChoices() {
        CatalogueChoices choices = catalogue.choices();
        loading = true;
        String regionValue = region.getValue();
        region.setItems(choices.regions().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        region.setValue(regionValue != null && choices.regions().contains(regionValue) ? regionValue : null);
        keepTyped(targetGroup, choices.targetGroups());
        keepTyped(partner, choices.partners());
        loading = false;
    }

    /** New items for a box whose value may be typed text that is not among them. */
    private static void keepTyped(ComboBox<String> box, List<String> items) {
        String value = box.getValue();
        List<String> all = items.stream().sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.toList());
        if (value != null && !all.contains(value)) {
            all.add(0, value);
        }
        box.setItems(all);
        box.setValue(value);
    }

    private void search() {
        if (loading) {
            return;
        }
        try {
            List<PracticeSummary> found = catalogue.search(new CatalogueFilter(text.getValue(), region.getValue(),
                    fromYear.getValue(), toYear.getValue(), targetGroup.getValue(), partner.getValue(), meetingId));
            grid.setItems(found);
            grid.setVisible(!found.isEmpty());
            none.setVisible(found.isEmpty());
            count.setText(getTranslation("practices.count", found.size()));
            showInAddress();
        } catch (ValidationFailedException e) {
            Problems.show(this, e);
        }
    }

    private void clear() {
        loading = true;
        text.clear();
        region.clear();
        fromYear.clear();
        toYear.clear();
        targetGroup.clear();
        partner.clear();
        meetingId = null;
        showMeetingFilter();
        loading = false;
        search();
    }

    private void showMeetingFilter() {
        meetingFilter.setVisible(meetingId != null);
        if (meetingId != null) {
            String title = meetings.list().stream().filter(m -> m.id() == meetingId).map(m -> m.title()).findFirst()
                    .orElse("#" + meetingId);
            meetingFilter.setText(getTranslation("practices.filter.meeting", title));
            meetingFilter.setIconAfterText(true);
        }
    }

    /** The filters in the address, so a search can be bookmarked, sent or reloaded. */
    private void showInAddress() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "text", text.getValue());
        put(parameters, "region", region.getValue());
        put(parameters, "from", fromYear.getValue());
        put(parameters, "to", toYear.getValue());
        put(parameters, "targetGroup", targetGroup.getValue());
        put(parameters, "partner", partner.getValue());
        put(parameters, "meeting", meetingId);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("practices", QueryParameters.simple(parameters))));
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parameters.put(name, value.toString());
        }
    }

    private void create() {
        new PracticeFactsDialog(getTranslation("practices.new"), "", PracticeFacts.of(Language.of(getLocale())),
                meetings.list(), meetings::details, catalogue.choices().regions(), form -> {
            long id = catalogue.create(form.facts(), NewPassport.named(form.name(), null));
            Notifications.success(getTranslation("practice.notice.created"));
            UI.getCurrent().navigate("practices/" + id);
        }).open();
    }

    private void importDocument() {
        UI ui = UI.getCurrent();
        new ImportDialog(getTranslation("practices.import.title"), getTranslation("practices.import.help"),
                catalogue::importDocument, id -> {
            Notifications.success(getTranslation("practices.import.done"));
            ui.navigate("practices/" + id);
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practices.title") + " · " + getTranslation("app.name");
    }
}
