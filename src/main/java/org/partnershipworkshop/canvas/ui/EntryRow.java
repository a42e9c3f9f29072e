package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import java.util.Optional;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasEntry;
import tools.jackson.databind.JsonNode;

/**
 * One entry on the board with its controls. Saves when the user commits an input (Enter or leaving it);
 * an emptied entry is removed. Alt+↑/↓ move it; the buttons do the same for the mouse.
 * <p>
 * The row knows whether the user is in it, so a save from another laptop never rewrites what is being
 * typed: the area leaves a focused row alone and, when its entry was changed elsewhere, marks it "held"
 * until the user leaves it.
 */
class EntryRow<T extends CanvasEntry> extends Div {

    private static final String OUTSIDE = "!element.contains(event.relatedTarget)";
    static final String UP = "up";
    static final String DOWN = "down";
    static final String REMOVE = "remove";
    /** Which control of the row was clicked (its data-action), as the click event sends it. */
    static final String CLICKED = "(event.target.closest('[data-action]') || {dataset: {}}).dataset.action || null";

    private final FieldArea<T> area;
    private final EntryEditor<T> editor;
    private int index;
    private T entry;
    private boolean focused;
    private boolean flashOdd;
    private Span heldHint;

    EntryRow(FieldArea<T> area, EntryEditor<T> editor, int index, T entry, boolean editable) {
        this.area = area;
        this.editor = editor;
        addClassName("entry-row");
        addClassName("entry-" + entry.kind().id());
        add(editor);
        editor.setReadOnly(!editable);
        setEntry(index, entry);
        if (editable) {
            add(controls());
            editor.onUserChange(this::commit);
            if (editor.multiline()) {
                // Enter commits a note (Shift+Enter still starts a new line): re-focusing syncs the value first.
                Shortcuts.addShortcutListener(this, this::commit, Key.ENTER).listenOn(this).resetFocusOnActiveElement();
            }
            // One key listener for Alt+↑ and Alt+↓ (two shortcut registrations per row cost more server memory).
            getElement().addEventListener("keydown", e -> move("ArrowUp".equals(e.getEventData().get("event.key").asString()) ? -1 : 1))
                    .setFilter("event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')")
                    .addEventData("event.key")
                    .addEventData("event.preventDefault()");
            getElement().addEventListener("focusin", e -> focusEntered()).setFilter(OUTSIDE);
            getElement().addEventListener("focusout", e -> focusLeft()).setFilter(OUTSIDE);
        }
    }

    /**
     * Move up, move down, remove: plain {@code vaadin-button} elements with one click listener for the three.
     * A board holds dozens of rows; full Button components (each with its own listeners, icon component and
     * tooltip) would cost every open table screen a few hundred kilobytes of server memory.
     */
    private Div controls() {
        Div controls = new Div();
        controls.addClassName("entry-controls");
        controls.getElement().appendChild(control(VaadinIcon.ARROW_UP, "canvas.moveUp", UP),
                control(VaadinIcon.ARROW_DOWN, "canvas.moveDown", DOWN),
                control(VaadinIcon.CLOSE_SMALL, "canvas.remove", REMOVE));
        controls.getElement().addEventListener("click", e -> {
            JsonNode action = e.getEventData().get(CLICKED);
            switch (action == null || action.isNull() ? "" : action.asString()) {
                case UP -> move(-1);
                case DOWN -> move(1);
                case REMOVE -> remove();
                default -> { }
            }
        }).addEventData(CLICKED);
        return controls;
    }

    private Element control(VaadinIcon icon, String labelKey, String action) {
        Element button = new Element("vaadin-button");
        button.setAttribute("theme", "tertiary-inline small icon");
        button.setAttribute("aria-label", getTranslation(labelKey));
        button.setAttribute("title", getTranslation(labelKey));
        button.setAttribute("data-action", action);
        Element image = new Element("vaadin-icon");
        image.setAttribute("icon", "vaadin:" + icon.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return button.appendChild(image);
    }

    /** Shows the entry unless it is already shown; true when the inputs changed. */
    boolean setEntry(int index, T entry) {
        this.index = index;
        setHeld(false);
        if (entry.equals(this.entry)) {
            return false;
        }
        this.entry = entry;
        editor.show(entry);
        editor.clearProblems();
        return true;
    }

    /** Keeps the user's inputs while the saved entry they started from was changed or removed elsewhere. */
    void setHeld(boolean held) {
        if (held && heldHint == null) {
            heldHint = new Span(getTranslation("canvas.live.held"));
            heldHint.addClassName("held-hint");
            addComponentAsFirst(heldHint);
            addClassName("held");
        } else if (!held && heldHint != null) {
            remove(heldHint);
            heldHint = null;
            removeClassName("held");
        }
    }

    boolean isHeld() {
        return heldHint != null;
    }

    /** Marks the row as just changed by someone else, briefly (a CSS animation). */
    void flash() {
        removeClassName(flashOdd ? "flash-a" : "flash-b");
        flashOdd = !flashOdd;
        addClassName(flashOdd ? "flash-a" : "flash-b");
    }

    T entry() {
        return entry;
    }

    int index() {
        return index;
    }

    boolean hasFocus() {
        return focused;
    }

    /** Whether this row stands for the entry: it shows it, or the user's committed inputs say it. */
    boolean standsFor(T candidate) {
        return candidate.equals(entry) || typed().map(candidate::equals).orElse(false);
    }

    private Optional<T> typed() {
        if (editor.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(editor.read());
        } catch (ValidationFailedException e) {
            return Optional.empty();
        }
    }

    void focusEntered() {
        focused = true;
    }

    void focusLeft() {
        focused = false;
        area.rowLeft(this);
    }

    void focus() {
        editor.focus();
    }

    /** Saves what the inputs say if it differs from the saved entry. */
    void commit() {
        if (editor.isBlank()) {
            area.submit(new CanvasEdit.Remove(area.fieldId(), index, entry));
            return;
        }
        T next;
        try {
            next = editor.read();
        } catch (ValidationFailedException e) {
            area.showProblems(editor, e);
            return;
        }
        editor.clearProblems();
        if (!next.equals(entry)) {
            area.submit(new CanvasEdit.Replace(area.fieldId(), index, entry, next));
        }
    }

    private void move(int delta) {
        commit();
        int target = index + delta;
        if (target >= 0 && target < area.size()) {
            area.submit(new CanvasEdit.Move(area.fieldId(), index, entry, target));
            area.focusRow(target);
        }
    }

    private void remove() {
        area.submit(new CanvasEdit.Remove(area.fieldId(), index, entry));
    }
}
