package org.partnershipworkshop.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.LanguageSwitch;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.canvas.ui.CanvasBoard;
import org.partnershipworkshop.canvas.ui.HistoryPanel;
import org.partnershipworkshop.catalogue.CatalogueService;
import org.partnershipworkshop.catalogue.PracticeDetails;
import org.partnershipworkshop.catalogue.PracticeFacts;
import org.partnershipworkshop.catalogue.PracticeFile;
import org.partnershipworkshop.catalogue.PracticePage;
import org.partnershipworkshop.catalogue.PracticePeriod;
import org.partnershipworkshop.catalogue.PracticeSheet;
import org.partnershipworkshop.catalogue.PracticeTitle;
import org.partnershipworkshop.catalogue.SheetSnapshot;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.meeting.Presentation;

/**
 * A practice: its facts and where it was presented (linking back to the meeting), the passport as a board
 * like a group's canvas, and the project card. Facilitators edit both boards (every change saved at once as
 * a new revision), the facts, draft the project card, adapt the practice into a group's canvas, restore an
 * earlier revision from the history, and delete the practice; everyone exports the PDF and the JSON.
 */
@Route("practices/:practiceId")
@RolesAllowed("MANAGER")
@StyleSheet("./canvas-editor.css")
@StyleSheet("./catalogue.css")
public class PracticeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private final MeetingService meetings;
    private final CanvasService canvases;
    private final Map<PracticeSheet, CanvasBoard> boards = new EnumMap<>(PracticeSheet.class);
    private final Map<PracticeSheet, Long> revisions = new EnumMap<>(PracticeSheet.class);
    private final Span status = new Span();
    private final H1 title = new H1();
    private PracticePage page;
    private TabSheet tabs;
    private Tab cardTab;
    private HistoryPanel history;
    private PracticeSheet historySheet;

    public PracticeView(CatalogueService catalogue, MeetingService meetings, CanvasService canvases) {
        this.catalogue = catalogue;
        this.meetings = meetings;
        this.canvases = canvases;
        addClassName("practice-view");
        status.addClassName("save-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        title.addClassName("practice-title");
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
        boards.clear();
        revisions.clear();
        closeHistory();
        add(header());
        tabs = new TabSheet();
        tabs.addClassName("practice-tabs");
        tabs.add(page.passportTemplate().name(practice().facts().language()), board(PracticeSheet.PASSPORT));
        cardTab = tabs.add(page.cardTemplate().name(practice().facts().language()), cardTabContent());
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> tabChanged());
        tabs.setWidthFull();
        add(tabs);
        showSaved(currentSheet());
    }

    private Component header() {
        Anchor back = new Anchor("practices", "");
        back.add(VaadinIcon.ARROW_LEFT.create());
        back.getElement().setAttribute("aria-label", getTranslation("practice.back"));
        back.getElement().setAttribute("title", getTranslation("practice.back"));
        back.addClassName("back-link");
        showTitle(practice().title());
        PracticeFacts f = practice().facts();
        Paragraph meta = new Paragraph(Stream.of(f.region(), PracticePeriod.text(f, this::getTranslation),
                f.targetGroup() == null ? null : getTranslation("practice.for", f.targetGroup()),
                LanguageSwitch.nativeName(f.language())).filter(Objects::nonNull).collect(Collectors.joining(" · ")));
        meta.addClassName("practice-meta");
        Div titles = new Div(title, meta, presentedAt());
        titles.addClassName("practice-titles");
        Div head = new Div(back, titles, status);
        head.addClassName("practice-head");
        return new Div(head, toolbar());
    }

    private void showTitle(String text) {
        title.setText(text == null ? getTranslation("practice.untitled") : text);
    }

    private Component presentedAt() {
        PracticeDetails.PresentedAt at = practice().presentedAt();
        Paragraph line = new Paragraph();
        line.addClassName("practice-presented");
        if (at.meetingTitle() == null) {
            line.setText(getTranslation("practice.standsAlone.long"));
            return line;
        }
        line.add(new Span(getTranslation("practice.presentedAt") + ": "));
        Anchor meeting = new Anchor("meetings/" + practice().facts().meetingId(), at.meetingTitle());
        meeting.addClassName("practice-meeting-link");
        line.add(meeting, new Span(" · " + Formats.dates(at.meetingStart(), at.meetingEnd(), getLocale())));
        Presentation p = at.presentation();
        if (p != null) {
            String who = Stream.of(p.speaker(), p.organization()).filter(Objects::nonNull).collect(Collectors.joining(", "));
            line.add(new Span(" · " + (who.isEmpty() ? getTranslation("practice.quoted", p.title())
                    : getTranslation("practice.presentedBy", who, p.title()))));
        }
        return line;
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
        SheetSnapshot snapshot = sheet == PracticeSheet.PASSPORT ? practice().passport() : practice().projectCard();
        CanvasBoard board = new CanvasBoard(page.template(sheet), practice().facts().language(), snapshot.canvas(),
                page.editable(), edit -> apply(sheet, edit),
                new CanvasBoard.PartnerLookup(canvases::knownPartnerNames, canvases::knownPartner));
        boards.put(sheet, board);
        revisions.put(sheet, snapshot.revision());
        Div wrapper = new Div(board);
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

    private void apply(PracticeSheet sheet, CanvasEdit edit) {
        status.setText(getTranslation("canvas.saving"));
        CanvasBoard board = boards.get(sheet);
        try {
            SheetSnapshot saved = catalogue.apply(practice().id(), sheet, edit);
            if (saved.revision() > revisions.get(sheet) + 1) {
                Notifications.info(getTranslation("practice.savedMeanwhile"));
            }
            revisions.put(sheet, saved.revision());
            board.show(saved.canvas(), false);
            if (sheet == PracticeSheet.PASSPORT) {
                showTitle(PracticeTitle.of(saved.canvas()));
            }
            showSaved(saved);
            refreshHistory();
        } catch (ValidationFailedException e) {
            status.setText(getTranslation("canvas.notSaved"));
            status.addClassName("failed");
            Problems.show(this, e);
            board.show(board.shown(), false);
        }
    }

    private void createCard() {
        SheetSnapshot card = catalogue.createProjectCard(practice().id());
        Notifications.success(getTranslation("practice.notice.cardCreated"));
        reload();
        tabs.setSelectedTab(cardTab);
        showSaved(card);
    }

    private PracticeSheet currentSheet() {
        return tabs != null && tabs.getSelectedTab() == cardTab ? PracticeSheet.PROJECT_CARD : PracticeSheet.PASSPORT;
    }

    private void showSaved(PracticeSheet sheet) {
        SheetSnapshot snapshot = sheet == PracticeSheet.PASSPORT ? practice().passport() : practice().projectCard();
        if (snapshot != null) {
            showSaved(snapshot);
        }
    }

    private void showSaved(SheetSnapshot snapshot) {
        status.removeClassName("failed");
        status.setText(getTranslation("canvas.saved", snapshot.revision(), Formats.time(snapshot.savedAt(), getLocale())));
    }

    // --- history

    private void toggleHistory() {
        if (history != null) {
            closeHistory();
        } else {
            openHistory();
        }
    }

    /** The history of the sheet on the open tab; a panel belongs to one sheet, so a tab change reopens it. */
    private void openHistory() {
        PracticeSheet sheet = currentSheet();
        if (boards.get(sheet) == null) {
            return; // no project card yet
        }
        historySheet = sheet;
        history = new HistoryPanel(page.template(sheet), practice().facts().language(), page.editable(),
                this::closeHistory, revision -> restore(sheet, revision));
        add(history);
        addClassName("with-history");
        refreshHistory();
    }

    private void tabChanged() {
        if (history != null && historySheet != currentSheet()) {
            closeHistory();
            openHistory();
        }
    }

    private void closeHistory() {
        if (history != null) {
            remove(history);
            history = null;
        }
        removeClassName("with-history");
    }

    private void refreshHistory() {
        if (history == null) {
            return;
        }
        List<CanvasSnapshot> revisionsOfSheet = catalogue.history(practice().id(), historySheet).stream()
                .map(s -> new CanvasSnapshot(s.practiceId(), s.templateId(), s.revision(), s.canvas(), s.savedAt(), s.savedBy()))
                .toList();
        history.show(revisionsOfSheet);
    }

    private void restore(PracticeSheet sheet, long revision) {
        SheetSnapshot restored = catalogue.restore(practice().id(), sheet, revision);
        boards.get(sheet).show(restored.canvas(), true);
        revisions.put(sheet, restored.revision());
        if (sheet == PracticeSheet.PASSPORT) {
            showTitle(PracticeTitle.of(restored.canvas()));
        }
        showSaved(restored);
        refreshHistory();
        Notifications.success(getTranslation("canvas.history.restored", revision, restored.revision()));
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
