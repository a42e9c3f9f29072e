package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.LanguageSwitch;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.base.ui.ScreenUpdates;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasChanges;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasOwner;
import org.partnershipworkshop.canvas.CanvasPage;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.canvas.PartnerSuggestions;
import org.partnershipworkshop.canvas.SaveResult;
import org.partnershipworkshop.canvas.SuggestedPartner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.partnershipworkshop.base.Actor;

/**
 * The screen a group uses at its shared laptop: its smart diagram as a board. Every committed change is
 * saved at once as a new revision; the header says so. Saves from elsewhere (the table's other laptop,
 * the facilitator) appear live without disturbing the entry being typed. A change made on an older
 * revision is applied on top of the newer one and the user is told, field by field, what the other side
 * changed; both are kept. The history lists every revision and restores any of them.
 */
@Route(value = "groups/:groupId", autoLayout = false)
@PermitAll
@StyleSheet("./canvas-editor.css")
public class CanvasEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(CanvasEditorView.class);
    private static final int SUGGESTED_PARTNERS = 5;
    private static final int MERGE_NOTICE_MS = 15_000;
    private static final int MERGE_LINES = 8;

    private final CanvasService canvases;
    private final Optional<PartnerSuggestions> partnerSuggestions;
    private final List<CanvasEditorExtension> extensions;
    private final Span status = new Span();
    private CanvasPage page;
    private CanvasBoard board;
    private HistoryPanel history;
    /** The revision the next change is based on, and its canvas: what this user has fully seen. */
    private long revision;
    private Canvas baseCanvas;
    /** A newer save shown while the user's row was held; it becomes the base once they let go. */
    private CanvasSnapshot pending;
    private Registration subscription;

    public CanvasEditorView(CanvasService canvases, Optional<PartnerSuggestions> partnerSuggestions,
                            List<CanvasEditorExtension> extensions) {
        this.canvases = canvases;
        this.partnerSuggestions = partnerSuggestions;
        this.extensions = extensions.stream().sorted(Comparator.comparingInt(CanvasEditorExtension::order)).toList();
        addClassName("canvas-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long groupId = event.getRouteParameters().getLong("groupId")
                .orElseThrow(() -> new NotFoundException("group", event.getLocation().getPath()));
        unsubscribe();
        page = canvases.page(groupId);
        revision = page.snapshot().revision();
        baseCanvas = page.snapshot().canvas();
        pending = null;
        removeAll();
        add(header(page.owner()));
        board = new CanvasBoard(page.template(), page.owner().language(), page.snapshot().canvas(), page.editable(),
                this::apply, new CanvasBoard.PartnerLookup(canvases::knownPartnerNames, canvases::knownPartner,
                        canvas -> suggestedPartners(groupId, canvas)));
        board.onCaughtUp(this::caughtUp);
        add(board);
        history = null;
        showSaved(page.snapshot());
        subscribe(event.getUI());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (page != null && subscription == null) {
            subscribe(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe();
    }

    private void subscribe(UI ui) {
        ScreenUpdates<Long> updates = new ScreenUpdates<>(ui, this::savedElsewhere);
        subscription = canvases.subscribe(page.owner().groupId(), saved -> updates.offer(saved.revision()));
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    /** Suggestions only help: when they fail, the editor carries on without them. */
    private List<SuggestedPartner> suggestedPartners(long groupId, Canvas canvas) {
        try {
            return partnerSuggestions.map(s -> s.suggest(groupId, canvas, SUGGESTED_PARTNERS)).orElse(List.of());
        } catch (RuntimeException e) {
            log.warn("Partner suggestions for group {} failed", groupId, e);
            return List.of();
        }
    }

    private Div header(CanvasOwner owner) {
        Anchor back = new Anchor("meetings/" + owner.meetingId(), "");
        back.add(VaadinIcon.ARROW_LEFT.create());
        back.getElement().setAttribute("aria-label", getTranslation("canvas.backToMeeting"));
        back.getElement().setAttribute("title", getTranslation("canvas.backToMeeting"));
        back.addClassName("back-link");
        H1 title = new H1(getTranslation("canvas.groupTitle", owner.groupNumber(), owner.groupName()));
        Span meeting = new Span(owner.meetingTitle());
        meeting.addClassName("editor-meeting");
        Div titles = new Div(title, meeting);
        titles.addClassName("editor-titles");
        if (!owner.members().isEmpty()) {
            Span members = new Span(owner.members().stream().collect(Collectors.joining(", ")));
            members.addClassName("editor-members");
            titles.add(members);
        }
        status.addClassName("save-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        Button historyButton = new Button(getTranslation("canvas.history.button"), VaadinIcon.TIME_BACKWARD.create(),
                e -> toggleHistory());
        historyButton.addThemeVariants(ButtonVariant.TERTIARY);
        historyButton.addClassName("history-button");
        Div header = new Div(back, titles);
        extensions.forEach(extension -> extension.create(owner).ifPresent(header::add));
        header.add(status, historyButton, new LanguageSwitch());
        header.addClassName("editor-header");
        return header;
    }

    private void apply(CanvasEdit edit) {
        status.setText(getTranslation("canvas.saving"));
        try {
            SaveResult result = canvases.apply(page.owner().groupId(), revision, edit);
            if (result.merged()) {
                tellMerged(result);
            }
            boolean complete = board.show(result.saved().canvas(), false);
            if (complete) {
                base(result.saved());
            } else {
                pending = result.saved();
            }
            showSaved(result.saved());
            refreshHistory();
        } catch (ValidationFailedException e) {
            status.setText(getTranslation("canvas.notSaved"));
            status.addClassName("failed");
            Problems.show(this, e);
        } catch (RuntimeException e) {
            log.error("Saving canvas of group {} failed", page.owner().groupId(), e);
            status.setText(getTranslation("canvas.notSaved"));
            status.addClassName("failed");
            Notifications.error(getTranslation("canvas.saveFailed"));
        }
    }

    /** Someone else saved: show the newest canvas, leaving the row being typed in alone. */
    private void savedElsewhere(Set<Long> revisions) {
        if (page == null || !isAttached() || revisions.stream().allMatch(r -> r <= latestShown())) {
            return;
        }
        CanvasSnapshot latest = canvases.current(page.owner().groupId());
        if (latest.revision() <= latestShown()) {
            return;
        }
        if (board.show(latest.canvas(), true)) {
            base(latest);
        } else {
            pending = latest;
        }
        showSaved(latest);
        refreshHistory();
    }

    private long latestShown() {
        return pending == null ? revision : Math.max(revision, pending.revision());
    }

    private void base(CanvasSnapshot snapshot) {
        revision = snapshot.revision();
        baseCanvas = snapshot.canvas();
        pending = null;
    }

    /** The user let go of a held row; the board shows the newest save everywhere, so it becomes the base. */
    private void caughtUp() {
        if (pending != null) {
            base(pending);
        }
    }

    /** Says what the others changed since this user's base revision, field by field; both sides were kept. */
    private void tellMerged(SaveResult result) {
        CanvasSnapshot theirs = result.othersSaved().getLast();
        List<String> lines = ChangeText.lines(this, CanvasChanges.between(baseCanvas, theirs.canvas()),
                page.template(), page.owner().language());
        String me = Actor.current();
        String who = result.othersSaved().stream().map(CanvasSnapshot::savedBy).distinct()
                .map(by -> by.equals(me) ? getTranslation("canvas.live.otherLaptop") : by)
                .collect(Collectors.joining(", "));
        Div text = new Div();
        text.addClassName("merge-notice");
        text.add(new Div(getTranslation("canvas.live.mergedTitle", who)));
        lines.stream().limit(MERGE_LINES).forEach(line -> {
            Div item = new Div(line);
            item.addClassName("merge-line");
            text.add(item);
        });
        if (lines.size() > MERGE_LINES) {
            text.add(new Div(getTranslation("canvas.live.mergedMore", lines.size() - MERGE_LINES)));
        }
        text.add(new Div(getTranslation("canvas.live.mergedKept")));
        Notification notification = new Notification(text);
        notification.setDuration(MERGE_NOTICE_MS);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        text.addClickListener(e -> notification.close());
        notification.open();
    }

    private void toggleHistory() {
        if (history != null) {
            remove(history);
            history = null;
            removeClassName("with-history");
            return;
        }
        history = new HistoryPanel(page.template(), page.owner().language(), page.editable(), this::toggleHistory,
                this::restore);
        add(history);
        addClassName("with-history");
        refreshHistory();
    }

    private void refreshHistory() {
        if (history != null) {
            history.show(canvases.history(page.owner().groupId()));
        }
    }

    private void restore(long oldRevision) {
        CanvasSnapshot restored = canvases.restore(page.owner().groupId(), oldRevision);
        board.show(restored.canvas(), true);
        base(restored);
        showSaved(restored);
        refreshHistory();
        Notifications.success(getTranslation("canvas.history.restored", oldRevision, restored.revision()));
    }

    private void showSaved(CanvasSnapshot snapshot) {
        status.removeClassName("failed");
        status.setText(getTranslation("canvas.saved", snapshot.revision(), Formats.time(snapshot.savedAt(), getLocale())));
    }

    @Override
    public String getPageTitle() {
        return page == null ? getTranslation("app.name")
                : getTranslation("canvas.groupTitle", page.owner().groupNumber(), page.owner().groupName())
                + " · " + getTranslation("app.name");
    }
}
