package org.partnershipworkshop.canvas.ui;

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
            add.setTooltipText(getTranslation("canvas.add"));
            Div addRow = new Div(adder, add);
            addRow.addClassName("add-row");
            addRow.getElement().addEventListener("focusout", e -> addEntry())
                    .setFilter("!element.contains(event.relatedTarget)");
            Shortcuts.addShortcutListener(addRow, this::addEntry, Key.ENTER).listenOn(addRow).resetFocusOnActiveElement();
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

    /** Shows the saved entries, keeping the rows (and the focus in them) that still fit. */
    void show(List<CanvasEntry> entries) {
        List<T> typed = entries.stream().filter(type::isInstance).map(type::cast).toList();
        for (int i = 0; i < typed.size(); i++) {
            if (i < rows.size()) {
                rows.get(i).setEntry(i, typed.get(i));
            } else {
                EntryRow<T> row = new EntryRow<>(this, editors.get(), i, typed.get(i), editable);
                row.getElement().setAttribute("role", "listitem");
                rows.add(row);
                list.add(row);
            }
        }
        while (rows.size() > typed.size()) {
            list.remove(rows.remove(rows.size() - 1));
        }
        count.setText(typed.isEmpty() ? "" : String.valueOf(typed.size()));
        list.setVisible(!typed.isEmpty() || editable);
    }

    List<T> shown() {
        return rows.stream().map(EntryRow::entry).toList();
    }
}
