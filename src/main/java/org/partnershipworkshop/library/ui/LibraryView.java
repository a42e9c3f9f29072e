package org.partnershipworkshop.library.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.PublicAddress;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.library.LibraryDetails;
import org.partnershipworkshop.library.LibraryFacts;
import org.partnershipworkshop.library.LibraryFilter;
import org.partnershipworkshop.library.LibraryPage;
import org.partnershipworkshop.library.LibraryService;
import org.partnershipworkshop.library.LibrarySummary;
import org.partnershipworkshop.security.LibraryAccountService;

/**
 * A library's page: its facts and contacts, the library it belongs to, its branches, its accounts (for
 * coordinators), and the sections other features add ({@link LibraryPageSection}: its network actions,
 * reports, practices, meetings). Managers and above read every library; a library's own account reads its own
 * (the service refuses any other); coordinators edit, add a branch and archive.
 */
@Route("libraries/:libraryId")
@RolesAllowed({"MANAGER", "LIBRARY"})
@StyleSheet("./library.css")
public class LibraryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LibraryService registry;
    private final LibraryAccountService accounts;
    private final PublicAddress address;
    private final List<LibraryPageSection> sections;
    private final boolean manager;
    private LibraryPage page;

    public LibraryView(LibraryService registry, LibraryAccountService accounts, PublicAddress address,
                       List<LibraryPageSection> sections, AuthenticationContext authentication) {
        this.registry = registry;
        this.accounts = accounts;
        this.address = address;
        this.sections = sections.stream().sorted(Comparator.comparingInt(LibraryPageSection::order)).toList();
        this.manager = authentication.hasRole("MANAGER");
        addClassName("library-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("libraryId")
                .orElseThrow(() -> new NotFoundException("library", event.getLocation().getPath()));
        page = registry.page(id);
        render();
    }

    private LibraryDetails library() {
        return page.library();
    }

    private void reload() {
        page = registry.page(library().id());
        render();
    }

    private void render() {
        removeAll();
        add(header());
        if (!manager) {
            Paragraph own = new Paragraph(getTranslation("library.own.hint"));
            own.addClassName("library-own-hint");
            add(own);
        }
        Div columns = new Div(facts(), branches());
        columns.addClassName("library-columns");
        add(columns);
        if (page.editable()) {
            add(section("library.accounts.title", new AccountsPart(accounts, address, library())));
        }
        for (LibraryPageSection section : sections) {
            section.create(library()).ifPresent(content -> add(section(section.title(library()), content)));
        }
    }

    private Component header() {
        Div titles = new Div();
        titles.addClassName("library-titles");
        H1 title = new H1(library().name());
        title.addClassName("library-title");
        LibraryFacts f = library().facts();
        Paragraph meta = new Paragraph(Stream.of(Labels.kind(this, f.kind()), Labels.municipality(f), f.region())
                .filter(s -> s != null && !s.isEmpty()).collect(Collectors.joining(" · ")));
        meta.addClassName("library-meta");
        titles.add(title, meta);
        if (library().archived()) {
            Paragraph archived = new Paragraph(getTranslation("library.archived.banner"));
            archived.addClassName("library-archived-banner");
            titles.add(archived);
        }
        Div head = new Div();
        head.addClassName("library-head");
        if (manager) {
            Anchor back = new Anchor("libraries", "");
            back.add(VaadinIcon.ARROW_LEFT.create());
            back.getElement().setAttribute("aria-label", getTranslation("library.back"));
            back.getElement().setAttribute("title", getTranslation("library.back"));
            back.addClassName("back-link");
            head.add(back);
        }
        head.add(titles);
        return new Div(head, toolbar());
    }

    private Component toolbar() {
        Div toolbar = new Div();
        toolbar.addClassName("library-toolbar");
        if (!page.editable()) {
            return toolbar;
        }
        toolbar.add(new Button(getTranslation("library.edit"), VaadinIcon.EDIT.create(), e -> edit()));
        if (!library().archived()) {
            Button branch = new Button(getTranslation("library.addBranch"), VaadinIcon.PLUS.create(), e -> addBranch());
            branch.addClassName("library-add-branch");
            toolbar.add(branch);
        }
        Button archive = new Button(getTranslation(library().archived() ? "library.unarchive" : "library.archive"),
                VaadinIcon.ARCHIVE.create(), e -> confirmArchive());
        archive.addClassName("library-archive");
        toolbar.add(archive);
        return toolbar;
    }

    private Component facts() {
        LibraryFacts f = library().facts();
        Div list = new Div();
        list.addClassName("library-facts");
        if (page.parent() != null) {
            fact(list, "library.parent", manager ? new Anchor("libraries/" + page.parent().id(), page.parent().name())
                    : new Span(page.parent().name()));
        }
        text(list, "library.address", f.address());
        if (f.email() != null) {
            fact(list, "library.email", new Anchor("mailto:" + f.email(), f.email()));
        }
        text(list, "library.phone", f.phone());
        if (f.website() != null) {
            Anchor site = new Anchor(f.websiteLink(), f.website());
            site.setTarget("_blank");
            site.getElement().setAttribute("rel", "noopener noreferrer");
            fact(list, "library.website", site);
        }
        if (manager) {
            text(list, "library.key", f.key());
            text(list, "library.changed", getTranslation("library.changed.by",
                    Formats.time(library().updatedAt(), getLocale()), library().updatedBy()));
        }
        if (list.getChildren().findAny().isEmpty() || (f.address() == null && f.email() == null && f.phone() == null
                && f.website() == null)) {
            Paragraph none = new Paragraph(getTranslation("library.contacts.none"));
            none.addClassName("library-contacts-none");
            list.add(none);
        }
        return section("library.facts.title", list);
    }

    private void text(Div list, String labelKey, String value) {
        if (value != null) {
            fact(list, labelKey, new Span(value));
        }
    }

    private void fact(Div list, String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("library-fact-label");
        value.getElement().getClassList().add("library-fact-value");
        Div row = new Div(label, value);
        row.addClassName("library-fact");
        list.add(row);
    }

    private Component branches() {
        Div content = new Div();
        if (page.branches().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("library.branches.none"));
            none.addClassName("library-branches-none");
            content.add(none);
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("library-branches");
            for (LibrarySummary branch : page.branches()) {
                ListItem item = new ListItem(manager ? new Anchor("libraries/" + branch.id(), branch.name()) : new Span(branch.name()));
                Span kind = new Span(Labels.kind(this, branch.facts().kind()));
                kind.addClassName("library-branch-kind");
                item.add(kind);
                if (branch.archived()) {
                    item.add(Labels.archived(this));
                }
                list.add(item);
            }
            content.add(list);
        }
        return section(getTranslation("library.branches.title", page.branches().stream().filter(b -> !b.archived()).count()), content);
    }

    private Div section(String titleOrKey, Component content) {
        String title = titleOrKey.startsWith("library.") ? getTranslation(titleOrKey) : titleOrKey;
        Div section = new Div(new H3(title), content);
        section.addClassName("library-section");
        return section;
    }

    private void edit() {
        new LibraryDialog(getTranslation("library.edit"), library(), registry.search(LibraryFilter.EVERYTHING),
                registry.choices(), facts -> {
            registry.update(library().id(), library().version(), facts);
            Notifications.success(getTranslation("action.saved"));
            reload();
        }).open();
    }

    private void addBranch() {
        new LibraryDialog(getTranslation("library.addBranch"), null, registry.search(LibraryFilter.ALL),
                registry.choices(), facts -> {
            long id = registry.create(facts);
            Notifications.success(getTranslation("library.notice.created"));
            UI.getCurrent().navigate("libraries/" + id);
        }).startAsBranchOf(library()).open();
    }

    private void confirmArchive() {
        boolean archive = !library().archived();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation(archive ? "library.archive.title" : "library.unarchive.title"),
                getTranslation(archive ? "library.archive.text" : "library.unarchive.text", library().name()),
                getTranslation(archive ? "library.archive" : "library.unarchive"), e -> {
            registry.setArchived(library().id(), archive);
            Notifications.success(getTranslation(archive ? "library.archived.done" : "library.unarchived.done"));
            reload();
        });
        if (archive) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return page == null ? getTranslation("app.name") : Objects.toString(library().name(), "") + " · " + getTranslation("app.name");
    }
}
