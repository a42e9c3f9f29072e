package org.partnershipworkshop.library.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.partnershipworkshop.base.ui.Downloads;
import org.partnershipworkshop.base.ui.ImportDialog;
import org.partnershipworkshop.library.LibraryFile;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.library.ImportResult;
import org.partnershipworkshop.library.LibraryChoices;
import org.partnershipworkshop.library.LibraryFilter;
import org.partnershipworkshop.library.LibraryFormat;
import org.partnershipworkshop.library.LibraryKind;
import org.partnershipworkshop.library.LibraryService;
import org.partnershipworkshop.library.LibrarySummary;

/**
 * The region's libraries: every library of the registry, searched by any words and filtered by kind,
 * municipality and region; archived ones only when asked for. Coordinators add a library or import the whole
 * network (CSV or {@code workshop-libraries/1}); anyone who reads exports what the filters show. The filters
 * live in the address.
 */
@Route("libraries")
@Menu(order = 15, title = "libraries.menu", icon = "BOOK")
@RolesAllowed("MANAGER")
@StyleSheet("./library.css")
public class LibrariesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LibraryService registry;
    private final TextField text = new TextField();
    private final ComboBox<LibraryKind> kind = new ComboBox<>();
    private final ComboBox<String> municipality = new ComboBox<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final Checkbox archived = new Checkbox();
    private final Span count = new Span();
    private final Paragraph none = new Paragraph();
    private final Grid<LibrarySummary> grid = new Grid<>();
    private boolean loading;
    /** What the list shows now, for the export buttons (their download runs outside the screen's lock). */
    private volatile LibraryFilter shown = LibraryFilter.ALL;

    public LibrariesView(LibraryService registry, AuthenticationContext authentication) {
        this.registry = registry;
        addClassName("libraries-view");
        Div head = new Div(new H2(getTranslation("libraries.title")));
        head.addClassName("libraries-head");
        Div actions = new Div();
        actions.addClassName("libraries-actions");
        if (authentication.hasRole("FACILITATOR")) {
            Button create = new Button(getTranslation("libraries.new"), VaadinIcon.PLUS.create(), e -> create());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.addClassName("library-new");
            Button importButton = new Button(getTranslation("libraries.import"), VaadinIcon.UPLOAD.create(), e -> importNetwork());
            importButton.addClassName("library-import");
            actions.add(create, importButton);
        }
        actions.add(Downloads.button(this, "libraries.export.csv", () -> file(registry.export(shown, LibraryFormat.CSV))),
                Downloads.button(this, "libraries.export.json", () -> file(registry.export(shown, LibraryFormat.JSON))));
        head.add(actions);
        Paragraph intro = new Paragraph(getTranslation("libraries.intro"));
        intro.addClassName("libraries-intro");
        none.setText(getTranslation("libraries.none"));
        none.addClassName("libraries-none");
        count.addClassName("libraries-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(head, intro, filters(), count, grid(), none);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        loading = true;
        refreshChoices();
        text.setValue(query.getSingleParameter("text").orElse(""));
        kind.setValue(query.getSingleParameter("kind").flatMap(LibraryKind::fromId).orElse(null));
        municipality.setValue(query.getSingleParameter("municipality").orElse(null));
        region.setValue(query.getSingleParameter("region").orElse(null));
        archived.setValue(query.getSingleParameter("archived").map("true"::equals).orElse(false));
        loading = false;
        search();
    }

    private Component filters() {
        text.setPlaceholder(getTranslation("libraries.search"));
        text.setAriaLabel(getTranslation("libraries.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addClassName("filter-text");
        kind.setItems(LibraryKind.values());
        kind.setItemLabelGenerator(k -> Labels.kind(this, k));
        setUp(kind, "libraries.filter.kind");
        setUp(municipality, "libraries.filter.municipality");
        setUp(region, "libraries.filter.region");
        archived.setLabel(getTranslation("libraries.filter.archived"));
        archived.addClassName("filter-archived");
        Button clear = new Button(getTranslation("libraries.filter.clear"), VaadinIcon.CLOSE_SMALL.create(), e -> clear());
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        text.addValueChangeListener(e -> search());
        Stream.of(kind, municipality, region).forEach(f -> f.addValueChangeListener(e -> search()));
        archived.addValueChangeListener(e -> search());
        Div filters = new Div(text, kind, municipality, region, archived, clear);
        filters.addClassName("libraries-filters");
        return filters;
    }

    private static void setUp(ComboBox<?> box, String key) {
        box.setPlaceholder(box.getTranslation(key));
        box.setAriaLabel(box.getTranslation(key));
        box.setClearButtonVisible(true);
        box.addClassName("filter-choice");
    }

    private Component grid() {
        grid.addClassName("libraries-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("libraries.title"));
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("library.name")).setFlexGrow(5).setKey("name");
        grid.addColumn(l -> Labels.kind(this, l.facts().kind())).setHeader(getTranslation("library.kind"))
                .setFlexGrow(2).setSortable(true).setComparator(l -> l.facts().kind());
        grid.addColumn(l -> Labels.municipality(l.facts())).setHeader(getTranslation("library.municipality"))
                .setFlexGrow(2).setSortable(true);
        grid.addComponentColumn(this::parentCell).setHeader(getTranslation("library.parent")).setFlexGrow(3);
        grid.addComponentColumn(this::contactsCell).setHeader(getTranslation("library.contacts")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component nameCell(LibrarySummary l) {
        Anchor name = new Anchor("libraries/" + l.id(), l.name());
        name.addClassName("library-link");
        Div cell = new Div(name);
        if (l.archived()) {
            cell.add(Labels.archived(this));
        }
        if (l.branches() > 0) {
            Span branches = new Span(getTranslation("library.branches.count", l.branches()));
            branches.addClassName("library-branch-count");
            cell.add(branches);
        }
        return cell;
    }

    private Component parentCell(LibrarySummary l) {
        if (l.facts().parentId() == null) {
            return new Span();
        }
        Anchor parent = new Anchor("libraries/" + l.facts().parentId(), l.parentName() == null ? "" : l.parentName());
        parent.addClassName("library-parent-link");
        return parent;
    }

    private Component contactsCell(LibrarySummary l) {
        Div cell = new Div();
        cell.addClassName("library-contacts");
        if (l.facts().email() != null) {
            cell.add(new Anchor("mailto:" + l.facts().email(), l.facts().email()));
        }
        if (l.facts().phone() != null) {
            cell.add(new Span(l.facts().phone()));
        }
        if (l.facts().website() != null) {
            Anchor site = new Anchor(l.facts().websiteLink(), l.facts().website());
            site.setTarget("_blank");
            site.getElement().setAttribute("rel", "noopener noreferrer");
            cell.add(site);
        }
        return cell;
    }

    private LibraryFilter filter() {
        return new LibraryFilter(text.getValue(), kind.getValue(), municipality.getValue(), region.getValue(),
                archived.getValue());
    }

    private void refreshChoices() {
        LibraryChoices choices = registry.choices();
        boolean wasLoading = loading;
        loading = true;
        String m = municipality.getValue();
        String r = region.getValue();
        municipality.setItems(choices.municipalities());
        region.setItems(choices.regions());
        municipality.setValue(m != null && choices.municipalities().contains(m) ? m : null);
        region.setValue(r != null && choices.regions().contains(r) ? r : null);
        loading = wasLoading;
    }

    private void search() {
        if (loading) {
            return;
        }
        shown = filter();
        List<LibrarySummary> found = registry.search(shown);
        grid.setItems(found);
        grid.setVisible(!found.isEmpty());
        none.setVisible(found.isEmpty());
        count.setText(getTranslation("libraries.count", found.size()));
        showInAddress();
    }

    private void clear() {
        loading = true;
        text.clear();
        kind.clear();
        municipality.clear();
        region.clear();
        archived.setValue(false);
        loading = false;
        search();
    }

    private void showInAddress() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "text", text.getValue());
        put(parameters, "kind", kind.getValue() == null ? null : kind.getValue().id());
        put(parameters, "municipality", municipality.getValue());
        put(parameters, "region", region.getValue());
        put(parameters, "archived", archived.getValue() ? "true" : null);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("libraries", QueryParameters.simple(parameters))));
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value);
        }
    }

    private static Downloads.File file(LibraryFile f) {
        return new Downloads.File(f.fileName(), f.mediaType(), f.content());
    }

    private void create() {
        new LibraryDialog(getTranslation("libraries.new"), null, registry.search(LibraryFilter.ALL),
                registry.choices(), facts -> {
            long id = registry.create(facts);
            Notifications.success(getTranslation("library.notice.created"));
            UI.getCurrent().navigate("libraries/" + id);
        }).open();
    }

    private void importNetwork() {
        AtomicReference<ImportResult> result = new AtomicReference<>();
        new ImportDialog(getTranslation("libraries.import.title"), getTranslation("libraries.import.help"), document -> {
            result.set(ImportProblems.localized(this, () -> registry.importDocument(document)));
            return 0;
        }, ignored -> {
            ImportResult r = result.get();
            Notifications.success(getTranslation("libraries.import.done", r.created(), r.updated(), r.unchanged()));
            refreshChoices();
            search();
        }).acceptFiles("text/csv", ".csv", "application/json", ".json").open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("libraries.title") + " · " + getTranslation("app.name");
    }
}
