package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.LongConsumer;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasChanges;
import org.partnershipworkshop.canvas.DocumentSnapshot;
import org.partnershipworkshop.canvas.CanvasTemplate;

/**
 * Every saved version of a document, newest first: who saved it, when, and what changed. A version can be
 * looked at and restored; restoring saves it again as a new version, so nothing is ever lost. The
 * {@link BoardEditor} loads the history and does the restoring ({@code restore} gets the revision); it needs
 * {@code canvas-editor.css}.
 */
public class HistoryPanel extends Aside {

    static final int SHOWN_AT_FIRST = 50;
    /** Lines of "what changed" above a version's board; the board itself shows the rest. */
    static final int CHANGES_SHOWN = 6;

    private final CanvasTemplate template;
    private final Language language;
    private final boolean editable;
    private final LongConsumer restore;
    private final String documentName;
    private final Div list = new Div();
    private List<DocumentSnapshot> history = List.of();
    private int shown = SHOWN_AT_FIRST;

    public HistoryPanel(CanvasTemplate template, Language language, boolean editable, Runnable close, LongConsumer restore) {
        this(template, language, editable, null, close, restore);
    }

    /**
     * A panel for a document other than a group's diagram: {@code documentName} (e.g. the template's name)
     * titles it and the restore question speaks of the document, not of a diagram; {@code null} for a diagram.
     */
    public HistoryPanel(CanvasTemplate template, Language language, boolean editable, String documentName,
                        Runnable close, LongConsumer restore) {
        this.template = template;
        this.documentName = documentName;
        this.language = language;
        this.editable = editable;
        this.restore = restore;
        addClassName("history-panel");
        getElement().setAttribute("aria-labelledby", "history-title");
        H2 title = new H2(documentName == null ? getTranslation("canvas.history.title")
                : getTranslation("canvas.history.titleOf", documentName));
        title.setId("history-title");
        Button closeButton = new Button(VaadinIcon.CLOSE.create(), e -> close.run());
        closeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        closeButton.setAriaLabel(getTranslation("canvas.history.close"));
        closeButton.setTooltipText(getTranslation("canvas.history.close"));
        Div head = new Div(title, closeButton);
        head.addClassName("history-head");
        list.addClassName("history-list");
        list.getElement().setAttribute("role", "list");
        add(head, list);
    }

    /** Shows the history (oldest first, as the service gives it). */
    public void show(List<DocumentSnapshot> revisions) {
        history = List.copyOf(revisions);
        render();
    }

    private void render() {
        list.removeAll();
        long current = history.isEmpty() ? 0 : history.getLast().revision();
        int from = Math.max(0, history.size() - shown);
        for (int i = history.size() - 1; i >= from; i--) {
            DocumentSnapshot snapshot = history.get(i);
            Canvas before = i == 0 ? Canvas.EMPTY : history.get(i - 1).canvas();
            list.add(item(snapshot, CanvasChanges.between(before, snapshot.canvas()), snapshot.revision() == current));
        }
        if (from > 0) {
            Button older = new Button(getTranslation("canvas.history.older", from), e -> {
                shown += SHOWN_AT_FIRST;
                render();
            });
            older.addThemeVariants(ButtonVariant.TERTIARY);
            list.add(older);
        }
    }

    private Div item(DocumentSnapshot snapshot, CanvasChanges changes, boolean current) {
        Span version = new Span(getTranslation(current ? "canvas.history.current" : "canvas.history.version",
                snapshot.revision()));
        version.addClassName("history-version");
        Span meta = new Span(getTranslation("canvas.history.meta", Formats.time(snapshot.savedAt(), getLocale()),
                snapshot.savedBy()));
        meta.addClassName("history-meta");
        Span summary = new Span(ChangeText.summary(this, changes, template, language));
        summary.addClassName("history-summary");
        Button look = new Button(getTranslation("canvas.history.show"), e -> open(snapshot, changes, current));
        look.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        look.setAriaLabel(getTranslation("canvas.history.showVersion", snapshot.revision()));
        Div item = new Div(version, meta, summary, look);
        item.addClassName("history-item");
        item.getElement().setAttribute("role", "listitem");
        item.getElement().setAttribute("data-revision", String.valueOf(snapshot.revision()));
        if (current) {
            item.addClassName("current");
        }
        return item;
    }

    /** The version as a read-only board, with what changed in it and a way to restore it. */
    private void open(DocumentSnapshot snapshot, CanvasChanges changes, boolean current) {
        Dialog dialog = new Dialog();
        dialog.addClassName("revision-dialog");
        dialog.setHeaderTitle(getTranslation("canvas.history.dialogTitle", snapshot.revision(),
                Formats.time(snapshot.savedAt(), getLocale()), snapshot.savedBy()));
        Div changed = new Div();
        changed.addClassName("revision-changes");
        List<String> lines = ChangeText.lines(this, changes, template, language);
        lines.stream().limit(CHANGES_SHOWN).forEach(line -> changed.add(new Div(line)));
        if (lines.size() > CHANGES_SHOWN) {
            changed.add(new Div(getTranslation("canvas.history.moreChanges", lines.size() - CHANGES_SHOWN)));
        }
        CanvasBoard board = new CanvasBoard(template, language, snapshot.canvas(), false, edit -> { },
                CanvasBoard.PartnerLookup.NONE);
        dialog.add(changed, board);
        Button close = new Button(getTranslation("canvas.history.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        if (editable && !current) {
            Button restoreButton = new Button(getTranslation("canvas.history.restore"), VaadinIcon.TIME_BACKWARD.create(),
                    e -> confirmRestore(snapshot.revision(), dialog));
            restoreButton.addThemeVariants(ButtonVariant.PRIMARY);
            dialog.getFooter().add(restoreButton);
        }
        dialog.setWidth("min(96vw, 1400px)");
        dialog.open();
    }

    private void confirmRestore(long revision, Dialog dialog) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("canvas.history.restoreTitle", revision),
                getTranslation(documentName == null ? "canvas.history.restoreText" : "canvas.history.restoreTextOf", revision),
                getTranslation("canvas.history.restore"), e -> {
            dialog.close();
            restore.accept(revision);
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }
}
