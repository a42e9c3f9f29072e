package org.partnershipworkshop.partner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.canvas.PartnerNames;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.partner.DuplicateSuggestion;
import org.partnershipworkshop.partner.PartnerMerge;
import org.partnershipworkshop.partner.PartnerService;
import org.partnershipworkshop.partner.PartnerSummary;

/**
 * The partner registry: every partner the groups named, searchable and sortable, with type, region and how
 * many services and meetings it supports. A manager opens a partner to rename or describe it, merges two
 * (from a selection or from the likely duplicates), and undoes merges in the history.
 */
@Route("partners")
@Menu(order = 20, title = "partners.menu", icon = "GROUP")
@RolesAllowed("MANAGER")
@StyleSheet("partner.css")
public class PartnersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int MERGES_SHOWN = 100;

    private final PartnerService partners;
    private final TabSheet tabs = new TabSheet();
    private final Tab registryTab;
    private final Tab duplicatesTab;
    private final TextField search = new TextField();
    private final ComboBox<PartnerType> type = new ComboBox<>();
    private final Button merge = new Button();
    private final Grid<PartnerSummary> grid = new Grid<>();
    private final Grid<DuplicateSuggestion> duplicates = new Grid<>();
    private final Grid<PartnerMerge> merges = new Grid<>();
    private final Paragraph noDuplicates = new Paragraph();
    private ListDataProvider<PartnerSummary> rows = new ListDataProvider<>(new ArrayList<>());
    private Notification undoOffer;

    public PartnersView(PartnerService partners) {
        this.partners = partners;
        addClassName("partners-view");
        H2 title = new H2(getTranslation("partners.title"));
        Paragraph intro = new Paragraph(getTranslation("partners.intro"));
        intro.addClassName("partners-intro");
        registryTab = tabs.add(getTranslation("partners.tab.registry", 0), registry());
        duplicatesTab = tabs.add(getTranslation("partners.tab.duplicates", 0), duplicatesTab());
        tabs.add(getTranslation("partners.tab.merges"), mergesTab());
        tabs.setWidthFull();
        tabs.addClassName("partners-tabs");
        add(title, intro, tabs);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("partner").ifPresent(id -> {
            try {
                open(Long.parseLong(id));
            } catch (RuntimeException ignored) {
                // a stale or mistyped link opens the list
            }
        });
    }

    private Component registry() {
        search.setPlaceholder(getTranslation("partners.search"));
        search.setAriaLabel(getTranslation("partners.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.addValueChangeListener(e -> applyFilter());
        search.addClassName("partners-search");
        type.setPlaceholder(getTranslation("network.filter.allTypes"));
        type.setAriaLabel(getTranslation("partner.type"));
        type.setItems(PartnerType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.setClearButtonVisible(true);
        type.addValueChangeListener(e -> applyFilter());
        merge.setText(getTranslation("partners.mergeSelected"));
        merge.setIcon(VaadinIcon.COMPRESS_SQUARE.create());
        merge.setEnabled(false);
        merge.setTooltipText(getTranslation("partners.mergeSelected.hint"));
        merge.addClickListener(e -> {
            List<PartnerSummary> two = new ArrayList<>(grid.getSelectedItems());
            if (two.size() == 2) {
                confirmMerge(two.get(0), two.get(1));
            }
        });
        Div toolbar = new Div(search, type, merge);
        toolbar.addClassName("partners-toolbar");

        grid.addClassName("partners-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("partners.title"));
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("partner.name")).setFlexGrow(4)
                .setSortable(true).setComparator(Comparator.comparing(PartnerSummary::name, String.CASE_INSENSITIVE_ORDER))
                .setKey("name");
        grid.addComponentColumn(this::typeCell).setHeader(getTranslation("partner.type")).setFlexGrow(2)
                .setSortable(true).setComparator(Comparator.comparing(p -> p.type() == null ? "~" : getTranslation(p.type().labelKey())));
        grid.addComponentColumn(this::regionCell).setHeader(getTranslation("partner.region")).setFlexGrow(2)
                .setSortable(true).setComparator(Comparator.comparing(this::regionText));
        grid.addColumn(PartnerSummary::services).setHeader(getTranslation("network.metric.services")).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setSortable(true)
                .setComparator(Comparator.comparingInt(PartnerSummary::services)).setKey("services");
        grid.addColumn(PartnerSummary::meetings).setHeader(getTranslation("network.metric.meetings")).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setSortable(true)
                .setComparator(Comparator.comparingInt(PartnerSummary::meetings));
        grid.addItemClickListener(e -> {
            if (e.getColumn() != null) {
                open(e.getItem().id());
            }
        });
        grid.addSelectionListener(e -> merge.setEnabled(e.getAllSelectedItems().size() == 2));
        Div tab = new Div(toolbar, grid);
        tab.addClassName("partners-registry");
        return tab;
    }

    private Component nameCell(PartnerSummary p) {
        NativeButton name = new NativeButton(p.name(), e -> open(p.id()));
        name.addClassName("link-button");
        name.addClassName("partner-name-link");
        Div cell = new Div(name);
        if (!p.aliases().isEmpty()) {
            Span aliases = new Span(getTranslation("partners.alsoWritten", String.join(" · ", p.aliases())));
            aliases.addClassName("partner-aliases");
            cell.add(aliases);
        }
        return cell;
    }

    private Component typeCell(PartnerSummary p) {
        Span badge = new Span(Labels.type(this, p.type()));
        badge.addClassName("type-badge");
        badge.getStyle().set("--badge-colour", NetworkColors.partner(p.type()));
        if (!p.typeSet()) {
            badge.addClassName("derived");
            badge.getElement().setAttribute("title", getTranslation("partner.type.derived"));
        }
        return badge;
    }

    private Component regionCell(PartnerSummary p) {
        Span region = new Span(regionText(p));
        if (p.region() == null) {
            region.addClassName("derived");
            region.getElement().setAttribute("title", getTranslation("partner.region.derived"));
        }
        return region;
    }

    private String regionText(PartnerSummary p) {
        return p.region() != null ? p.region() : String.join(", ", p.meetingRegions());
    }

    private Component duplicatesTab() {
        duplicates.addClassName("duplicates-grid");
        duplicates.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        duplicates.setAriaLabel(getTranslation("partners.tab.duplicates", ""));
        duplicates.addColumn(d -> d.first().name() + " (" + d.first().services() + ")")
                .setHeader(getTranslation("partners.duplicates.first")).setFlexGrow(3);
        duplicates.addColumn(d -> d.second().name() + " (" + d.second().services() + ")")
                .setHeader(getTranslation("partners.duplicates.second")).setFlexGrow(3);
        duplicates.addColumn(d -> getTranslation(d.reason().labelKey())).setHeader(getTranslation("partners.duplicates.why"))
                .setFlexGrow(2);
        duplicates.addColumn(d -> Math.round(d.score() * 100) + " %").setHeader(getTranslation("partners.duplicates.likeness"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        duplicates.addComponentColumn(d -> {
            Button mergeButton = new Button(getTranslation("partners.duplicates.merge"), e -> confirmMerge(d.first(), d.second()));
            mergeButton.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            Button distinct = new Button(getTranslation("partners.duplicates.distinct"), e -> markDistinct(d));
            distinct.addThemeVariants(ButtonVariant.SMALL);
            Div actions = new Div(mergeButton, distinct);
            actions.addClassName("duplicate-actions");
            return actions;
        }).setAutoWidth(true).setFlexGrow(0);
        noDuplicates.setText(getTranslation("partners.duplicates.none"));
        Paragraph hint = new Paragraph(getTranslation("partners.duplicates.hint"));
        hint.addClassName("partners-intro");
        Div tab = new Div(hint, noDuplicates, duplicates);
        tab.addClassName("partners-duplicates");
        return tab;
    }

    private Component mergesTab() {
        merges.addClassName("merges-grid");
        merges.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        merges.setAriaLabel(getTranslation("partners.tab.merges"));
        merges.addColumn(m -> Formats.time(m.mergedAt(), getLocale())).setHeader(getTranslation("partners.merges.when"))
                .setAutoWidth(true).setFlexGrow(0);
        merges.addColumn(m -> getTranslation("partners.merges.what", m.mergedName(), m.keptName()))
                .setHeader(getTranslation("partners.merges.what.header")).setFlexGrow(4);
        merges.addColumn(PartnerMerge::mergedBy).setHeader(getTranslation("partners.merges.by")).setAutoWidth(true);
        merges.addColumn(m -> m.undone() ? getTranslation("partners.merges.undone", Formats.time(m.undoneAt(), getLocale()),
                m.undoneBy()) : "").setHeader(getTranslation("partners.merges.status")).setFlexGrow(2);
        merges.addComponentColumn(m -> {
            Button undo = new Button(getTranslation("partners.merges.undo"), VaadinIcon.ROTATE_LEFT.create(), e -> undo(m.id()));
            undo.addThemeVariants(ButtonVariant.SMALL);
            undo.setEnabled(m.undoable());
            if (!m.undone() && !m.undoable()) {
                undo.setTooltipText(getTranslation("partners.merges.laterFirst"));
            }
            return undo;
        }).setAutoWidth(true).setFlexGrow(0);
        Div tab = new Div(merges);
        tab.addClassName("partners-merges");
        return tab;
    }

    /** Reads everything again (after a change, or on entering). */
    void refresh() {
        List<PartnerSummary> all = partners.partners();
        rows = new ListDataProvider<>(new ArrayList<>(all));
        grid.setItems(rows);
        grid.deselectAll();
        applyFilter();
        registryTab.setLabel(getTranslation("partners.tab.registry", all.size()));
        List<DuplicateSuggestion> likely = partners.duplicates();
        duplicates.setItems(likely);
        duplicates.setVisible(!likely.isEmpty());
        noDuplicates.setVisible(likely.isEmpty());
        duplicatesTab.setLabel(getTranslation("partners.tab.duplicates", likely.size()));
        merges.setItems(partners.merges(MERGES_SHOWN));
    }

    private void applyFilter() {
        String text = PartnerNames.normalize(search.getValue() == null ? "" : search.getValue());
        PartnerType wanted = type.getValue();
        rows.setFilter(p -> (wanted == null || p.type() == wanted) && (text.isEmpty()
                || PartnerNames.normalize(p.name()).contains(text)
                || p.aliases().stream().anyMatch(a -> PartnerNames.normalize(a).contains(text))));
    }

    void open(long partnerId) {
        var profile = partners.partner(partnerId);
        new PartnerDialog(profile, partners.regions(), details -> {
            partners.update(profile.id(), profile.version(), details);
            Notifications.success(getTranslation("partner.saved", details.name()));
            refresh();
        }).open();
    }

    void confirmMerge(PartnerSummary first, PartnerSummary second) {
        new MergeDialog(first, second, (kept, merged) -> {
            try {
                PartnerMerge done = partners.merge(kept.id(), merged.id());
                refresh();
                offerUndo(done);
            } catch (ValidationFailedException e) {
                Problems.show(this, e);
                refresh();
            }
        }).open();
    }

    private void offerUndo(PartnerMerge done) {
        if (undoOffer != null) {
            undoOffer.close();
        }
        Notification note = new Notification();
        undoOffer = note;
        note.addThemeVariants(NotificationVariant.SUCCESS);
        note.setDuration(10_000);
        note.setPosition(Notification.Position.BOTTOM_START);
        Button undo = new Button(getTranslation("partners.merges.undo"), e -> undo(done.id()));
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        undo.addClassName("merge-undo");
        Span text = new Span(getTranslation("partners.merged", done.mergedName(), done.keptName()));
        Div content = new Div(text, undo);
        content.addClassName("merge-notification");
        note.add(content);
        note.open();
    }

    private void undo(long mergeId) {
        if (undoOffer != null) {
            undoOffer.close();
            undoOffer = null;
        }
        try {
            partners.undoMerge(mergeId);
            Notifications.success(getTranslation("partners.merges.undoneNow"));
        } catch (ValidationFailedException e) {
            Problems.show(this, e);
        }
        refresh();
    }

    private void markDistinct(DuplicateSuggestion d) {
        partners.markDistinct(d.first().id(), d.second().id());
        refresh();
    }

    Grid<PartnerSummary> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.title") + " · " + getTranslation("app.name");
    }
}
