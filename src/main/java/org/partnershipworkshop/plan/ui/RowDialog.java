package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.plan.ActivityForm;
import org.partnershipworkshop.plan.Link;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.plan.LinkChoice;
import org.partnershipworkshop.plan.LinkKind;
import org.partnershipworkshop.plan.Plan;
import org.partnershipworkshop.plan.PlanEdit;
import org.partnershipworkshop.plan.PlanLimits;
import org.partnershipworkshop.plan.PlanTexts;
import org.partnershipworkshop.plan.Row;
import org.partnershipworkshop.plan.RowData;
import org.partnershipworkshop.plan.StaffMember;

/**
 * A row as the department writes it: the kind of activity, the term as people write it (understood or not, it is
 * kept), who is responsible (the staff list and «Все методисты»), for whom, in which form, where, a note, whether
 * it is addressed to the municipal libraries, and the section it belongs to — choosing another moves it there.
 * A new row goes last into the section it was added from; what the row produces (a meeting, a practice or a network
 * action picked from a list by its title, a publication by its title or address) is its link. The row's facts stay
 * as they are.
 */
class RowDialog extends FormDialog<RowDialog.Input> {

    /** What the dialog saves: the row's data and its section. */
    record Input(RowData data, String sectionId) {
    }

    private final TextArea text = new TextArea();
    private final TextField term = new TextField();
    private final MultiSelectComboBox<String> responsible = new MultiSelectComboBox<>();
    private final TextField audience = new TextField();
    private final ComboBox<ActivityForm> form = new ComboBox<>();
    private final TextField place = new TextField();
    private final TextArea note = new TextArea();
    private final Checkbox forLibraries = new Checkbox();
    private final Checkbox heading = new Checkbox();
    private final Checkbox under = new Checkbox();
    private final ComboBox<PlanTexts.Numbered> section = new ComboBox<>();
    private final ComboBox<LinkKind> linkKind = new ComboBox<>();
    private final ComboBox<LinkChoice> linkTarget = new ComboBox<>();
    private final List<LinkChoice> choices;
    private final TextField linkReference = new TextField();
    private final Row row;

    RowDialog(PlanView view, Row row, String sectionId) {
        super(view.getTranslation(row == null ? "plan.edit.rowNew" : "plan.edit.rowTitle"), input -> save(view, row, input));
        this.row = row;
        addClassName("plan-row-dialog");
        setWidth("min(46rem, 96vw)");
        Plan plan = view.page().plan();
        text.setLabel(getTranslation("plan.col.activity"));
        text.setMaxLength(Limits.LONG_TEXT);
        text.setRequired(true);
        text.addClassName("plan-row-text-field");
        term.setLabel(getTranslation("plan.col.term"));
        term.setHelperText(getTranslation("plan.edit.termHelp"));
        term.setMaxLength(Limits.TITLE);
        term.addClassName("plan-row-term-field");
        List<String> people = new ArrayList<>(plan.staff().stream().map(StaffMember::id).toList());
        people.add(PlanLimits.ALL_METHODISTS);
        Map<String, String> names = new LinkedHashMap<>();
        plan.staff().forEach(s -> names.put(s.id(), s.name()));
        names.put(PlanLimits.ALL_METHODISTS, getTranslation("plan.allMethodists"));
        responsible.setLabel(getTranslation("plan.col.responsible"));
        responsible.setItems(people);
        responsible.setItemLabelGenerator(id -> names.getOrDefault(id, id));
        responsible.addClassName("plan-row-responsible");
        audience.setLabel(getTranslation("plan.edit.audience"));
        audience.setMaxLength(Limits.TEXT);
        form.setLabel(getTranslation("plan.edit.form"));
        form.setItems(ActivityForm.values());
        form.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        form.setClearButtonVisible(true);
        place.setLabel(getTranslation("plan.edit.place"));
        place.setMaxLength(Limits.TEXT);
        note.setLabel(getTranslation("plan.edit.note"));
        note.setMaxLength(Limits.LONG_TEXT);
        forLibraries.setLabel(getTranslation("plan.edit.forLibraries"));
        heading.setLabel(getTranslation("plan.edit.heading"));
        under.setLabel(getTranslation("plan.edit.under"));
        linkKind.setLabel(getTranslation("plan.edit.linkKind"));
        linkKind.setItems(LinkKind.values());
        linkKind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        linkKind.setClearButtonVisible(true);
        linkKind.addClassName("plan-row-link-kind");
        choices = view.linkChoices();
        linkTarget.setLabel(getTranslation("plan.edit.linkTarget"));
        linkTarget.setItemLabelGenerator(c -> c.date() == null ? c.title() : c.title() + " · " + Formats.dates(c.date(), null, getLocale()));
        linkTarget.setClearButtonVisible(true);
        linkTarget.addClassName("plan-row-link-id");
        linkReference.setLabel(getTranslation("plan.edit.linkReference"));
        linkReference.setMaxLength(Limits.TEXT);
        linkKind.addValueChangeListener(e -> showLink(e.getValue()));
        section.setLabel(getTranslation("plan.col.section"));
        List<PlanTexts.Numbered> sections = PlanTexts.sections(plan);
        section.setItems(sections);
        section.setItemLabelGenerator(n -> n.number() + n.section().title());
        section.setRequired(true);
        section.addClassName("plan-row-section");
        String shownIn = row == null ? sectionId : plan.sectionOf(row).map(s -> s.id()).orElse(sectionId);
        sections.stream().filter(n -> n.section().id().equals(shownIn)).findFirst().ifPresent(section::setValue);
        if (row != null) {
            text.setValue(row.text());
            term.setValue(row.term() == null ? "" : row.term());
            responsible.setValue(new LinkedHashSet<>(row.responsible()));
            audience.setValue(row.audience() == null ? "" : row.audience());
            form.setValue(row.form());
            place.setValue(row.place() == null ? "" : row.place());
            note.setValue(row.note() == null ? "" : row.note());
            forLibraries.setValue(row.forLibraries());
            heading.setValue(row.heading());
            under.setValue(row.level() > 0);
            if (row.link() != null) {
                linkKind.setValue(row.link().kind());
                showLink(row.link().kind());
                linkTarget.setValue(row.link().id() == null ? null : choices.stream()
                        .filter(c -> c.kind() == row.link().kind() && c.id() == row.link().id()).findFirst().orElse(null));
                linkReference.setValue(row.link().reference() == null ? "" : row.link().reference());
            }
        }
        showLink(linkKind.getValue());
        FormLayout layout = new FormLayout(text, term, responsible, audience, form, place, section, note, linkKind,
                linkTarget, linkReference, forLibraries, heading, under);
        layout.setColspan(text, 2);
        layout.setColspan(note, 2);
        layout.setColspan(section, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(layout);
    }

    private static void save(PlanView view, Row row, Input input) {
        if (row == null) {
            view.edit(new PlanEdit.AddRow(input.sectionId(), input.data()), "plan.edit.rowAdded");
            return;
        }
        view.edit(new PlanEdit.EditRow(row.id(), input.data(), input.sectionId()), "plan.edit.rowSaved");
    }

    @Override
    protected Input read() {
        RowData data = new RowData(strip(text.getValue()), heading.getValue(), under.getValue() ? 1 : 0,
                blankToNull(term.getValue()), List.copyOf(responsible.getValue()), blankToNull(audience.getValue()),
                forLibraries.getValue(), form.getValue(), blankToNull(place.getValue()), link(), blankToNull(note.getValue()));
        if (section.getValue() == null) {
            throw new ValidationFailedException(Violation.of("section", "error.required"));
        }
        return new Input(data, section.getValue().section().id());
    }

    /** What the row produces: none without a kind; the domain says what a kind needs (an id, or a reference). */
    private Link link() {
        if (linkKind.getValue() == null) {
            return null;
        }
        try {
            return new Link(linkKind.getValue(), linkTarget.getValue() == null ? null : linkTarget.getValue().id(),
                    blankToNull(linkReference.getValue()));
        } catch (ValidationFailedException e) {
            throw new ValidationFailedException(e.violations().stream()
                    .map(v -> new Violation("link." + v.path(), v.key(), v.args())).toList());
        }
    }

    private void showLink(LinkKind kind) {
        linkTarget.setVisible(kind != null && kind != LinkKind.PUBLICATION);
        LinkChoice chosen = linkTarget.getValue();
        linkTarget.setItems(choices.stream().filter(c -> c.kind() == kind).toList());
        if (chosen != null && chosen.kind() == kind) {
            linkTarget.setValue(chosen);
        }
        linkReference.setVisible(kind == LinkKind.PUBLICATION);
    }

    private static String blankToNull(String value) {
        String v = strip(value);
        return v.isEmpty() ? null : v;
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("text", text);
        fields.put("term", term);
        fields.put("responsible", responsible);
        fields.put("audience", audience);
        fields.put("place", place);
        fields.put("note", note);
        fields.put("section", section);
        fields.put("link.kind", linkKind);
        fields.put("link.id", linkTarget);
        fields.put("link.reference", linkReference);
        return fields;
    }
}
