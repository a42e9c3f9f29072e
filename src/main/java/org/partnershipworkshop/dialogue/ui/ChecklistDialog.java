package org.partnershipworkshop.dialogue.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.dialogue.Checklist;
import org.partnershipworkshop.dialogue.ChecklistItem;

/**
 * The checklist "what will you use" of a feedback form: one line per row, renamed in place (the line keeps the
 * answers that chose it), moved, removed (its count shows first); new lines added one by one, several at once
 * (one per line), or taken from what the meeting records participants said they will use.
 */
@StyleSheet("./dialogue.css")
class ChecklistDialog extends FormDialog<Checklist> {

    private record Row(Long id, TextField text, long count) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final TextArea many = new TextArea();
    private final List<String> recorded;
    private final Button takeRecorded = new Button();

    ChecklistDialog(List<ChecklistItem> items, Map<Long, Long> counts, List<String> recorded, Consumer<Checklist> onSave) {
        super(null, onSave);
        setHeaderTitle(getTranslation("dialogue.checklist.title"));
        setWidth("min(46rem, 96vw)");
        addClassName("checklist-dialog");
        this.recorded = List.copyOf(recorded);
        Paragraph help = new Paragraph(getTranslation("dialogue.checklist.help"));
        help.addClassName("checklist-help");
        list.addClassName("checklist-rows");
        items.forEach(i -> rows.add(row(i.id(), i.text(), counts.getOrDefault(i.id(), 0L))));
        Button addOne = new Button(getTranslation("dialogue.checklist.addLine"), VaadinIcon.PLUS.create(), e -> {
            rows.add(row(null, "", 0));
            redraw();
            rows.getLast().text().focus();
        });
        addOne.addThemeVariants(ButtonVariant.TERTIARY);
        many.setLabel(getTranslation("dialogue.checklist.several"));
        many.setHelperText(getTranslation("form.onePerLine"));
        many.setWidthFull();
        many.addClassName("checklist-several");
        Button addMany = new Button(getTranslation("dialogue.checklist.addSeveral"), VaadinIcon.PLUS.create(), e -> {
            append(lines(many.getValue()));
            many.clear();
        });
        takeRecorded.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
        takeRecorded.addClickListener(e -> append(this.recorded));
        takeRecorded.addClassName("checklist-take-recorded");
        Div actions = new Div(addOne, addMany, takeRecorded);
        actions.addClassName("checklist-actions");
        add(help, list, actions, many);
        redraw();
    }

    private Row row(Long id, String text, long count) {
        TextField field = new TextField();
        field.setValue(text);
        field.setMaxLength(Limits.TEXT);
        field.setWidthFull();
        field.setAriaLabel(getTranslation("dialogue.checklist.line"));
        return new Row(id, field, count);
    }

    /** Adds the texts not on the list yet (any letter case), each as a new line. */
    private void append(List<String> texts) {
        for (String text : texts) {
            String wanted = text.strip();
            if (!wanted.isEmpty() && rows.stream().noneMatch(r -> same(r.text().getValue(), wanted))) {
                rows.add(row(null, wanted, 0));
            }
        }
        redraw();
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private void redraw() {
        list.removeAll();
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("dialogue.checklist.empty")));
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int at = i;
            Span number = new Span((i + 1) + ".");
            number.addClassName("checklist-number");
            Span count = new Span(getTranslation("dialogue.checklist.chosen", row.count()));
            count.addClassName("checklist-count");
            count.setVisible(row.count() > 0);
            Div line = new Div(number, row.text(), count,
                    icon(VaadinIcon.ARROW_UP, "action.moveUp", () -> move(at, -1)),
                    icon(VaadinIcon.ARROW_DOWN, "action.moveDown", () -> move(at, 1)),
                    icon(VaadinIcon.TRASH, "dialogue.checklist.remove", () -> {
                        rows.remove(at);
                        redraw();
                    }));
            line.addClassName("checklist-row");
            list.add(line);
        }
        long missing = recorded.stream().filter(t -> rows.stream().noneMatch(r -> same(r.text().getValue(), t))).count();
        takeRecorded.setText(getTranslation("dialogue.checklist.takeRecorded", missing));
        takeRecorded.setVisible(missing > 0);
    }

    private void move(int at, int delta) {
        int to = Math.max(0, Math.min(rows.size() - 1, at + delta));
        rows.add(to, rows.remove(at));
        redraw();
    }

    private Button icon(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    @Override
    protected Checklist read() {
        List<ChecklistItem> items = new ArrayList<>();
        List<org.partnershipworkshop.base.Violation> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String text = row.text().getValue().strip();
            if (text.isEmpty() && row.id() == null) {
                continue; // a new line left empty is no line
            }
            String path = "items[" + i + "]";
            try {
                items.add(new ChecklistItem(row.id(), text));
            } catch (ValidationFailedException e) {
                e.violations().forEach(v -> problems.add(new org.partnershipworkshop.base.Violation(path, v.key(), v.args())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        try {
            return new Checklist(items);
        } catch (ValidationFailedException e) {
            // the record counts only the lines it received; point at the rows they came from
            List<Row> kept = rows.stream().filter(r -> !(r.text().getValue().isBlank() && r.id() == null)).toList();
            throw new ValidationFailedException(e.violations().stream().map(v -> {
                int index = index(v.path());
                return index < 0 || index >= kept.size() ? v
                        : new org.partnershipworkshop.base.Violation("items[" + rows.indexOf(kept.get(index)) + "]", v.key(), v.args());
            }).toList());
        }
    }

    private static int index(String path) {
        return path.startsWith("items[") ? Integer.parseInt(path.substring(6, path.indexOf(']'))) : -1;
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, TextField> fields = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            fields.put("items[" + i + "]", rows.get(i).text());
        }
        return fields;
    }
}
