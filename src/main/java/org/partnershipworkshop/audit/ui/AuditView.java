package org.partnershipworkshop.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.partnershipworkshop.audit.AuditEntry;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.ui.Formats;

/** Admins see who changed what and when, newest first, and search it. */
@Route("audit")
@Menu(order = 95, title = "nav.audit", icon = "CLIPBOARD_TEXT")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    public AuditView(AuditService audit) {
        setSizeFull();
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("audit.search"));
        search.setAriaLabel(getTranslation("audit.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("24rem");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.audit")), search);
        header.setAlignItems(Alignment.BASELINE);

        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(e -> Formats.time(e.at(), getLocale())).setHeader(getTranslation("audit.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> action(e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.setItems(query -> audit.search(search.getValue(), query.getOffset(), query.getLimit()).stream());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setSizeFull();
        add(header, grid);
    }

    /** The details, and for an event that repeated how often and until when. */
    private String detail(AuditEntry e) {
        String detail = e.detail() == null ? "" : e.detail();
        return e.repeats() <= 1 ? detail
                : detail + " · " + getTranslation("audit.repeats", e.repeats(), Formats.time(e.lastAt(), getLocale()));
    }

    private String action(String action) {
        String key = "audit.action." + action;
        String text = getTranslation(key);
        return text.startsWith("!") ? action : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " · " + getTranslation("app.name");
    }
}
