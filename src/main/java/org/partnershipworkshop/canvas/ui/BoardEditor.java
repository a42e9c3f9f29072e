package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.base.ui.ScreenUpdates;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.DocumentSnapshot;
import org.partnershipworkshop.canvas.SaveResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live-saving board of a stored document, whoever owns it (a group's smart diagram, a practice's passport
 * or project card, the reports to come). Every committed change is saved at once as a new revision and the
 * status says "saved · revision n". Saves from elsewhere (the table's other laptop, another facilitator)
 * appear live without disturbing the entry being typed, which stays held until the user lets go. A change
 * made on an older revision is applied on top of the newer one and the user is told, field by field, what
 * the other side changed; both are kept. The history panel lists every revision and restores any of them.
 *
 * <p>The host screen places {@link #status()} in its header and a button calling {@link #toggleHistory()};
 * every read and write goes through the {@link DocumentSource}, i.e. the owner's service and its checks.
 */
@StyleSheet("./canvas-editor.css")
public class BoardEditor extends Div {

    private static final Logger log = LoggerFactory.getLogger(BoardEditor.class);

    private final DocumentSource source;
    private final CanvasTemplate template;
    private final Language language;
    private final boolean editable;
    private final CanvasBoard board;
    private final Span status = new Span();
    private HistoryPanel history;
    /** Where the history panel goes: this board, or the host screen (a fixed panel cannot sit inside tabs). */
    private HasComponents historyHost = this;
    /** The document's name for the history's title; {@code null}: a group's diagram. */
    private String documentName;
    /** The revision the next change is based on, and its content: what this user has fully seen. */
    private long revision;
    private Canvas baseCanvas;
    /** A newer save shown while the user's row was held; it becomes the base once they let go. */
    private DocumentSnapshot pending;
    private Registration subscription;
    private Consumer<DocumentSnapshot> shownListener = snapshot -> { };
    private Consumer<Boolean> historyListener = open -> { };

    public BoardEditor(DocumentSource source, CanvasTemplate template, Language language, DocumentSnapshot initial,
                       boolean editable, CanvasBoard.PartnerLookup partners) {
        this.source = source;
        this.template = template;
        this.language = language;
        this.editable = editable;
        addClassName("board-editor");
        getElement().setAttribute("data-document", initial.document().toString());
        status.addClassName("save-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        board = new CanvasBoard(template, language, initial.canvas(), editable, this::apply, partners);
        board.onCaughtUp(this::caughtUp);
        add(board);
        base(initial);
        showSaved(initial);
    }

    /** "Saved · revision n, at hh:mm", "Saving…", "Not saved": for the host's header. */
    public Component status() {
        return status;
    }

    /** Runs with each newer saved state the board shows: this user's save, another's, a restore. */
    public void onShown(Consumer<DocumentSnapshot> listener) {
        shownListener = listener;
    }

    /** Runs when the history panel opens (true) or closes (false), so the host can make room for it. */
    public void onHistoryToggled(Consumer<Boolean> listener) {
        historyListener = listener;
    }

    /**
     * Puts the history panel into {@code host} instead of this board: a host showing boards in tabs keeps the
     * panel outside them, where it can be fixed to the window's edge.
     */
    public void placeHistoryIn(HasComponents host) {
        historyHost = host;
    }

    /** Names the document in the history's title and restore question ("History: Good-practice passport"). */
    public void nameDocument(String name) {
        documentName = name;
    }

    public boolean historyOpen() {
        return history != null;
    }

    public void toggleHistory() {
        if (history != null) {
            closeHistory();
        } else {
            openHistory();
        }
    }

    public void openHistory() {
        if (history != null) {
            return;
        }
        history = new HistoryPanel(template, language, editable, documentName, this::closeHistory, this::restore);
        historyHost.add(history);
        refreshHistory();
        historyListener.accept(true);
    }

    public void closeHistory() {
        if (history != null) {
            historyHost.remove(history);
            history = null;
            historyListener.accept(false);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ScreenUpdates<Long> updates = new ScreenUpdates<>(event.getUI(), this::savedElsewhere);
        subscription = source.subscribe(updates::offer);
        // Saves made while the board was not on screen (or before it subscribed) are shown now.
        savedElsewhere(Set.of(Long.MAX_VALUE));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private void apply(CanvasEdit edit) {
        status.setText(getTranslation("canvas.saving"));
        try {
            SaveResult result = source.apply(revision, edit);
            if (result.merged()) {
                MergeNotice.open(this, result, baseCanvas, template, language);
            }
            show(result.saved(), false);
        } catch (ValidationFailedException e) {
            notSaved();
            Problems.show(this, e);
            board.show(board.shown(), false); // the board shows what is saved, not the refused change
        } catch (RuntimeException e) {
            log.error("Saving {} failed", getElement().getAttribute("data-document"), e);
            notSaved();
            Notifications.error(getTranslation("canvas.saveFailed"));
        }
    }

    /** Someone else saved: show the newest state, leaving the row being typed in alone. */
    private void savedElsewhere(Set<Long> revisions) {
        if (!isAttached() || revisions.stream().allMatch(r -> r <= latestShown())) {
            return;
        }
        DocumentSnapshot latest = source.current();
        if (latest.revision() > latestShown()) {
            show(latest, true);
        }
    }

    /** Shows a saved state; when the user's row was held it becomes the base only once they let go. */
    private void show(DocumentSnapshot snapshot, boolean remote) {
        if (board.show(snapshot.canvas(), remote)) {
            base(snapshot);
        } else {
            pending = snapshot;
        }
        showSaved(snapshot);
        refreshHistory();
        shownListener.accept(snapshot);
    }

    private long latestShown() {
        return pending == null ? revision : Math.max(revision, pending.revision());
    }

    private void base(DocumentSnapshot snapshot) {
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

    private void refreshHistory() {
        if (history != null) {
            history.show(source.history());
        }
    }

    private void restore(long oldRevision) {
        long before = latestShown();
        DocumentSnapshot restored;
        try {
            restored = source.restore(oldRevision);
        } catch (ValidationFailedException e) {
            Problems.show(this, e);
            return;
        }
        board.show(restored.canvas(), true);
        base(restored);
        showSaved(restored);
        refreshHistory();
        shownListener.accept(restored);
        if (restored.revision() > before) {
            Notifications.success(getTranslation("canvas.history.restored", oldRevision, restored.revision()));
        } else {
            Notifications.info(getTranslation("canvas.history.sameAsCurrent", oldRevision));
        }
    }

    private void showSaved(DocumentSnapshot snapshot) {
        status.removeClassName("failed");
        status.setText(getTranslation("canvas.saved", snapshot.revision(), Formats.time(snapshot.savedAt(), getLocale())));
    }

    private void notSaved() {
        status.setText(getTranslation("canvas.notSaved"));
        status.addClassName("failed");
    }
}
