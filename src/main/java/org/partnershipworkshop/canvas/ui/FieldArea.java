package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasEntry;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.TemplateField;

/**
 * One area of the board: the field's label and guiding question (in the meeting's language), its entries,
 * and a row to add one more. Every change leaves as a {@link CanvasEdit}; the view saves it and shows the
 * saved canvas back through {@link #show}.
 */
class FieldArea<T extends CanvasEntry> extends Section {

    private final TemplateField field;
    private final Class<T> type;
    private final Supplier<EntryEditor<T>> editors;
    private final Consumer<CanvasEdit> edits;
    private final boolean editable;
    private final Div list = new Div();
    private final Span count = new Span();
    private final List<EntryRow<T>> rows = new ArrayList<>();
    private final EntryEditor<T> adder;
    private final Div footer = new Div();
    private List<T> lastShown = List.of();
    private Runnable caughtUp = () -> { };

    FieldArea(TemplateField field, Language language, Class<T> type, Supplier<EntryEditor<T>> editors,
              Consumer<CanvasEdit> edits, boolean editable) {
        this.field = field;
        this.type = type;
        this.editors = editors;
        this.edits = edits;
        this.editable = editable;
        addClassName("field-area");
        addClassName("field-" + field.kind().id());
        getElement().setAttribute("data-field", field.id());
        getStyle().set("grid-column", field.area().column() + " / span " + field.area().columnSpan());
        getStyle().set("grid-row", field.area().row() + " / span " + field.area().rowSpan());
        H3 label = new H3(field.label(language));
        label.setId("field-label-" + field.id());
        count.addClassName("field-count");
        Div header = new Div(label, count);
        header.addClassName("field-header");
        Paragraph question = new Paragraph(field.question(language));
        question.addClassName("field-question");
        list.addClassName("field-entries");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
        add(header, question, list, footer);
        footer.addClassName("field-footer");
        if (editable) {
            adder = editors.get();
            adder.addClassName("entry-adder");
            Button add = new Button(VaadinIcon.PLUS.create(), e -> addEntry());
            add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            add.setAriaLabel(getTranslation("canvas.add") + ": " + field.label(language));
            add.getElement().setAttribute("title", getTranslation("canvas.add"));
            Div addRow = new Div(adder, add);
            addRow.addClassName("add-row");
            addRow.getElement().addEventListener("focusout", e -> addEntry())
                    .setFilter("!element.contains(event.relatedTarget)");
            if (adder instanceof NoteEditor) {
                typeAheadNotes(addRow);
            } else {
                Shortcuts.addShortcutListener(addRow, this::addEntry, Key.ENTER).listenOn(addRow).resetFocusOnActiveElement();
            }
            footer.add(addRow);
        } else {
            adder = null;
        }
    }

    String fieldId() {
        return field.id();
    }

    int size() {
        return rows.size();
    }

    /** Footer content below the entries (the resources total). */
    Div footer() {
        return footer;
    }

    /** Called when a held row was let go, so the board shows the latest saved state again everywhere. */
    void onCaughtUp(Runnable action) {
        caughtUp = action;
    }

    boolean holdsRow() {
        return rows.stream().anyMatch(EntryRow::isHeld);
    }

    void submit(CanvasEdit edit) {
        edits.accept(edit);
    }

    void showProblems(EntryEditor<?> editor, ValidationFailedException e) {
        Problems.show(this, e, editor.inputs());
    }

    void focusRow(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.get(index).focus();
        }
    }

    /**
     * Enter in the new-note box takes its text and empties the box in the browser at once, then sends the
     * text: someone typing the next note straight away types into an empty box, and no note runs into the
     * next. The box's emptied value is synced first (a change event), so the server never re-adds old text.
     */
    private void typeAheadNotes(Div addRow) {
        getElement().executeJs("""
                const area = this;
                $0.addEventListener('keydown', e => {
                  if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.target.tagName !== 'TEXTAREA') return;
                  e.preventDefault();
                  const text = e.target.value;
                  const box = e.target.closest('vaadin-text-area');
                  box.value = '';
                  box.dispatchEvent(new Event('change', {bubbles: true}));
                  if (text.trim()) area.$server.addTypedNote(text);
                });""", addRow.getElement());
    }

    /** A note typed into the new-note box and committed with Enter (see {@link #typeAheadNotes}). */
    @ClientCallable
    void addTypedNote(String text) {
        if (adder == null || text == null || text.isBlank()) {
            return;
        }
        Note note;
        try {
            note = new Note(text.strip());
        } catch (ValidationFailedException e) {
            ((NoteEditor) adder).restoreTyped(text); // nothing typed is lost: back into the box, marked
            showProblems(adder, e);
            return;
        }
        adder.clearProblems();
        edits.accept(new CanvasEdit.Add(field.id(), note));
    }

    private void addEntry() {
        if (adder.isBlank()) {
            adder.clearProblems();
            return;
        }
        T entry;
        try {
            entry = adder.read();
        } catch (ValidationFailedException e) {
            showProblems(adder, e);
            return;
        }
        adder.clearProblems();
        adder.clear();
        edits.accept(new CanvasEdit.Add(field.id(), entry));
        adder.focus();
    }

    /**
     * Shows the saved entries. Rows are reused in order, so an unchanged entry keeps its inputs. The row the
     * user is in is never rewritten and never moved in the page (that would take the focus away): the other
     * rows are placed around it. When its entry is gone from the saved list (changed or removed elsewhere),
     * the row stays as typed, marked held, until the user leaves it. {@code remote} marks rows changed by
     * someone else. Returns false when a row was held.
     */
    boolean show(List<CanvasEntry> entries, boolean remote) {
        List<T> typed = entries.stream().filter(type::isInstance).map(type::cast).toList();
        lastShown = typed;
        EntryRow<T> focused = rows.stream().filter(EntryRow::hasFocus).findFirst().orElse(null);
        int focusedAt = focused == null ? -1 : locate(focused, typed);
        boolean held = focused != null && focusedAt < 0;
        if (held) {
            focusedAt = Math.min(focused.index(), typed.size());
        }
        List<EntryRow<T>> spare = new ArrayList<>(rows);
        spare.remove(focused);
        List<EntryRow<T>> next = new ArrayList<>();
        int entry = 0;
        for (int position = 0; position < typed.size() + (held ? 1 : 0); position++) {
            if (position == focusedAt) {
                if (held) {
                    focused.setHeld(true);
                } else {
                    focused.setEntry(entry++, typed.get(focusedAt));
                }
                next.add(focused);
                continue;
            }
            T value = typed.get(entry);
            EntryRow<T> row;
            if (spare.isEmpty()) {
                row = new EntryRow<>(this, editors.get(), entry, value, editable);
                row.getElement().setAttribute("role", "listitem");
                if (remote) {
                    row.flash();
                }
            } else {
                row = spare.removeFirst();
                if (row.setEntry(entry, value) && remote) {
                    row.flash();
                }
            }
            entry++;
            next.add(row);
        }
        place(next, focused);
        count.setText(typed.isEmpty() ? "" : String.valueOf(typed.size()));
        list.setVisible(!typed.isEmpty() || editable);
        return !held;
    }

    /** Where the focused row's entry (or what the user committed in it) is now, nearest its old place; -1 if gone. */
    private int locate(EntryRow<T> row, List<T> typed) {
        int best = -1;
        for (int i = 0; i < typed.size(); i++) {
            if (row.standsFor(typed.get(i)) && (best < 0 || Math.abs(i - row.index()) < Math.abs(best - row.index()))) {
                best = i;
            }
        }
        return best;
    }

    /** Puts the rows into the list in the given order, never detaching the focused one. */
    private void place(List<EntryRow<T>> next, EntryRow<T> focused) {
        boolean sameStart = next.size() >= rows.size() ? next.subList(0, rows.size()).equals(rows)
                : rows.subList(0, next.size()).equals(next);
        if (sameStart) {
            rows.stream().filter(r -> !next.contains(r)).forEach(list::remove);
            next.stream().skip(rows.size()).forEach(list::add);
        } else {
            rows.stream().filter(r -> r != focused).forEach(list::remove);
            int before = focused == null ? 0 : next.indexOf(focused);
            for (int i = 0; i < next.size(); i++) {
                EntryRow<T> row = next.get(i);
                if (row == focused) {
                    continue;
                }
                if (i < before) {
                    list.addComponentAtIndex(i, row);
                } else {
                    list.add(row);
                }
            }
        }
        rows.clear();
        rows.addAll(next);
    }

    /** The user left a row: if it was held, show the saved entries as they are now. */
    void rowLeft(EntryRow<T> row) {
        if (row.isHeld()) {
            show(new ArrayList<>(lastShown), false);
            caughtUp.run();
        }
    }

    List<T> shown() {
        return rows.stream().map(EntryRow::entry).toList();
    }
}
