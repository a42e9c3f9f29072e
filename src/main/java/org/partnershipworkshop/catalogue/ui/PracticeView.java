package org.partnershipworkshop.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.DocumentSnapshot;
import org.partnershipworkshop.canvas.ui.BoardEditor;
import org.partnershipworkshop.canvas.ui.CanvasBoard;
import org.partnershipworkshop.catalogue.CatalogueService;
import org.partnershipworkshop.catalogue.PracticeDetails;
import org.partnershipworkshop.catalogue.PracticeFile;
import org.partnershipworkshop.catalogue.PracticePage;
import org.partnershipworkshop.catalogue.PracticeSheet;
import org.partnershipworkshop.catalogue.PracticeTitle;
import org.partnershipworkshop.meeting.MeetingService;

/**
 * A practice: its facts and where it was presented (linking back to the meeting), the passport and the
 * project card, each on the same live-saving {@link BoardEditor} as a group's canvas (every change saved at
 * once as a new revision, another facilitator's saves shown live, merges told field by field, the history
 * per sheet). Facilitators edit both boards and the facts, draft the project card, adapt the practice into a
 * group's canvas and delete the practice; everyone exports the PDF and the JSON.
 */
@Route("practices/:practiceId")
@RolesAllowed("MANAGER")
@StyleSheet("./canvas-editor.css")
@StyleSheet("./catalogue.css")
public class PracticeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private final MeetingService meetings;
    private final CanvasService canvases;
    private final Map<PracticeSheet, BoardEditor> editors = new EnumMap<>(PracticeSheet.class);
    private final Div status = new Div();
    private PracticeTitles titles;
    private PracticePage page;
    private TabSheet tabs;
    private Tab cardTab;

    public PracticeView(CatalogueService catalogue, MeetingService meetings, CanvasService canvases) {
        this.catalogue = catalogue;
        this.meetings = meetings;
        this.canvases = canvases;
        addClassName("practice-view");
        status.addClassName("practice-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("practiceId")
                .orElseThrow(() -> new NotFoundException("practice", event.getLocation().getPath()));
        page = catalogue.page(id);
        render(0);
    }

    private PracticeDetails practice() {
        return page.practice();
    }

    private void reload() {
        int selected = tabs == null ? 0 : tabs.getSelectedIndex();
        page = catalogue.page(practice().id());
        render(selected);
    }

    private void render(int selectedTab) {
        removeAll();
        editors.clear();
        removeClassName("with-history");
        add(header());
        tabs = new TabSheet();
        tabs.addClassName("practice-tabs");
        tabs.add(page.passportTemplate().name(practice().facts().language()), board(PracticeSheet.PASSPORT));
        cardTab = tabs.add(page.cardTemplate().name(practice().facts().language()), cardTabContent());
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> tabChanged());
        tabs.setWidthFull();
        add(tabs);
        showStatus();
    }

    private Component header() {
        Anchor back = new Anchor("practices", "");
        back.add(VaadinIcon.ARROW_LEFT.create());
        back.getElement().setAttribute("aria-label", getTranslation("practice.back"));
        back.getElement().setAttribute("title", getTranslation("practice.back"));
        back.addClassName("back-link");
        titles = new PracticeTitles(practice());
        Div head = new Div(back, titles, status);
        head.addClassName("practice-head");
        return new Div(head, toolbar());
    }

    private Component toolbar() {
        Div toolbar = new Div();
        toolbar.addClassName("practice-toolbar");
        if (page.editable()) {
            toolbar.add(button("practice.editFacts", VaadinIcon.EDIT, this::editFacts));
            toolbar.add(button("practice.adapt", VaadinIcon.COPY_O, this::adapt));
        }
        toolbar.add(download("practice.pdf", VaadinIcon.FILE_TEXT_O, () -> catalogue.exportPdf(practice().id())));
        toolbar.add(download("practice.json", VaadinIcon.DOWNLOAD, () -> catalogue.exportJson(practice().id())));
        toolbar.add(button("canvas.history.button", VaadinIcon.TIME_BACKWARD, this::toggleHistory));
        if (page.editable()) {
            Button delete = button("practice.delete", VaadinIcon.TRASH, this::confirmDelete);
            delete.addThemeVariants(ButtonVariant.ERROR);
            toolbar.add(delete);
        }
        return toolbar;
    }

    // --- the boards

    private Component board(PracticeSheet sheet) {
        DocumentSnapshot snapshot = sheet == PracticeSheet.PASSPORT ? practice().passport() : practice().projectCard();
        BoardEditor editor = new BoardEditor(new PracticeSheetSource(catalogue, practice().id(), sheet),
                page.template(sheet),
                practice().facts().language(), snapshot, page.editable(),
                new CanvasBoard.PartnerLookup(canvases::knownPartnerNames, canvases::knownPartner));
        if (sheet == PracticeSheet.PASSPORT) {
            editor.onShown(saved -> titles.showTitle(PracticeTitle.of(saved.canvas())));
        }
        editor.onHistoryToggled(open -> setClassName("with-history", open));
        editor.placeHistoryIn(this);
        editor.nameDocument(page.template(sheet).name(practice().facts().language()));
        editors.put(sheet, editor);
        Div wrapper = new Div(editor);
        wrapper.addClassName("practice-board");
        wrapper.getElement().setAttribute("data-sheet", sheet.id());
        return wrapper;
    }

    private Component cardTabContent() {
        if (practice().projectCard() != null) {
            return board(PracticeSheet.PROJECT_CARD);
        }
        Div empty = new Div(new Paragraph(getTranslation("practice.card.none")));
        empty.addClassName("practice-card-empty");
        if (page.editable()) {
            Button create = button("practice.card.create", VaadinIcon.MAGIC, this::createCard);
            create.addThemeVariants(ButtonVariant.PRIMARY);
            empty.add(create);
        }
        return empty;
    }

    private void createCard() {
        catalogue.createProjectCard(practice().id());
        Notifications.success(getTranslation("practice.notice.cardCreated"));
        reload();
        tabs.setSelectedTab(cardTab);
    }

    private PracticeSheet currentSheet() {
        return tabs != null && tabs.getSelectedTab() == cardTab ? PracticeSheet.PROJECT_CARD : PracticeSheet.PASSPORT;
    }

    /** The header shows the save status of the board on the open tab. */
    private void showStatus() {
        status.removeAll();
        BoardEditor editor = editors.get(currentSheet());
        if (editor != null) {
            status.add(editor.status());
        }
    }

    /** The history of the sheet on the open tab; a panel belongs to one sheet, so a tab change reopens it. */
    private void toggleHistory() {
        BoardEditor editor = editors.get(currentSheet());
        if (editor != null) { // no project card yet: no history
            editor.toggleHistory();
        }
    }

    private void tabChanged() {
        showStatus();
        boolean historyOpen = editors.values().stream().anyMatch(BoardEditor::historyOpen);
        editors.values().forEach(BoardEditor::closeHistory);
        BoardEditor editor = editors.get(currentSheet());
        if (historyOpen && editor != null) {
            editor.openHistory();
        }
    }

    // --- actions

    private void editFacts() {
        PracticeDetails p = practice();
        new PracticeFactsDialog(getTranslation("practice.editFacts"), null, p.facts(), meetings.list(), meetings::details,
                catalogue.choices().regions(), form -> {
            catalogue.updateFacts(p.id(), p.version(), form.facts());
            Notifications.success(getTranslation("action.saved"));
            reload();
        }).open();
    }

    private void adapt() {
        new AdaptDialog(getTranslation("practice.adapt.title"), meetings.list(), meetings::details,
                Objects.toString(practice().title(), ""), form -> {
            long groupId = catalogue.adapt(practice().id(), form.meetingId(), form.number(), form.name());
            Notifications.success(getTranslation("practice.adapt.done", form.number(), form.name()));
            UI.getCurrent().navigate("groups/" + groupId);
        }).open();
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("practice.delete.title"),
                getTranslation("practice.delete.text", Objects.toString(practice().title(), "")),
                getTranslation("action.delete"), e -> {
            catalogue.delete(practice().id());
            Notifications.success(getTranslation("practice.notice.deleted"));
            UI.getCurrent().navigate("practices");
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private Component download(String labelKey, VaadinIcon icon, Supplier<PracticeFile> file) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            PracticeFile f = file.get();
            return new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(), f.mediaType(), f.content().length);
        }), "");
        download.getElement().setAttribute("download", true);
        Button button = new Button(getTranslation(labelKey), icon.create());
        button.setTabIndex(-1);
        download.add(button);
        download.addClassName("practice-download");
        return download;
    }

    private Button button(String labelKey, VaadinIcon icon, Runnable action) {
        return new Button(getTranslation(labelKey), icon.create(), e -> action.run());
    }

    @Override
    public String getPageTitle() {
        return page == null ? getTranslation("app.name")
                : Objects.toString(practice().title(), getTranslation("practice.untitled")) + " · " + getTranslation("app.name");
    }
}
