package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ui.DatePickers;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.base.ui.LanguageSwitch;
import org.partnershipworkshop.plan.Approval;
import org.partnershipworkshop.plan.Orientation;
import org.partnershipworkshop.plan.Plan;
import org.partnershipworkshop.plan.PlanHeader;
import org.partnershipworkshop.plan.PlanStatus;

/**
 * A plan's facts: whose plan, the year, the title as printed, its language and orientation, notes; for a plan that
 * exists, also its status and who approved it when. A new plan starts as a draft.
 */
class HeaderDialog extends FormDialog<HeaderDialog.Input> {

    /** What the dialog saves; {@code status} and {@code approval} only for a plan that exists. */
    record Input(PlanHeader header, PlanStatus status, Approval approval) {
    }

    private final TextField organisation = new TextField();
    private final TextField department = new TextField();
    private final IntegerField year = new IntegerField();
    private final TextArea title = new TextArea();
    private final ComboBox<Language> language = new ComboBox<>();
    private final ComboBox<Orientation> orientation = new ComboBox<>();
    private final TextArea notes = new TextArea();
    private final ComboBox<PlanStatus> status = new ComboBox<>();
    private final TextField approvedBy = new TextField();
    private final DatePicker approvedOn = DatePickers.of();
    private final Plan plan;

    /** {@code plan} to change one, or null for a new plan. */
    HeaderDialog(String titleText, Plan plan, Consumer<Input> onSave) {
        super(titleText, onSave);
        this.plan = plan;
        addClassName("plan-header-dialog");
        setWidth("min(46rem, 96vw)");
        organisation.setLabel(getTranslation("plan.edit.organisation"));
        organisation.setMaxLength(Limits.TITLE);
        organisation.setRequired(true);
        organisation.addClassName("plan-header-organisation");
        department.setLabel(getTranslation("plan.edit.department"));
        department.setMaxLength(Limits.TITLE);
        year.setLabel(getTranslation("plan.year"));
        year.setStepButtonsVisible(true);
        year.addClassName("plan-header-year");
        title.setLabel(getTranslation("plan.edit.planTitle"));
        title.setMaxLength(Limits.TEXT);
        title.setRequired(true);
        title.addClassName("plan-header-title");
        language.setLabel(getTranslation("plan.edit.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(LanguageSwitch::nativeName);
        orientation.setLabel(getTranslation("plan.edit.orientation"));
        orientation.setItems(Orientation.values());
        orientation.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
        notes.setLabel(getTranslation("plan.edit.notes"));
        notes.setMaxLength(Limits.LONG_TEXT);
        status.setLabel(getTranslation("plan.status"));
        status.setItems(PlanStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.addValueChangeListener(e -> showApproval(e.getValue()));
        approvedBy.setLabel(getTranslation("plan.edit.approvedBy"));
        approvedBy.setMaxLength(Limits.TITLE);
        approvedOn.setLabel(getTranslation("plan.edit.approvedOn"));
        FormLayout form = new FormLayout(organisation, department, title, year, language, orientation, notes);
        form.setColspan(title, 2);
        form.setColspan(notes, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        if (plan == null) {
            year.setValue(LocalDate.now().getYear() + 1);
            language.setValue(Language.of(getLocale()));
            orientation.setValue(Orientation.PORTRAIT);
        } else {
            PlanHeader h = plan.header();
            organisation.setValue(h.organisation());
            department.setValue(h.department() == null ? "" : h.department());
            year.setValue(h.year());
            title.setValue(h.title());
            language.setValue(h.language());
            orientation.setValue(h.orientation());
            notes.setValue(h.notes() == null ? "" : h.notes());
            status.setValue(plan.status());
            if (plan.approval() != null) {
                approvedBy.setValue(plan.approval().by());
                approvedOn.setValue(plan.approval().on());
            }
            form.add(status, approvedBy, approvedOn);
            showApproval(plan.status());
        }
        add(form);
    }

    private void showApproval(PlanStatus chosen) {
        approvedBy.setVisible(chosen != null && chosen != PlanStatus.DRAFT);
        approvedOn.setVisible(chosen != null && chosen != PlanStatus.DRAFT);
    }

    @Override
    protected Input read() {
        PlanHeader header = new PlanHeader(strip(organisation.getValue()), orNull(department.getValue()),
                year.getValue() == null ? 0 : year.getValue(), strip(title.getValue()), language.getValue(),
                orientation.getValue(), plan == null ? List.of() : plan.header().columns(), orNull(notes.getValue()));
        if (plan == null) {
            return new Input(header, null, null);
        }
        PlanStatus chosen = status.getValue() == null ? plan.status() : status.getValue();
        Approval approval = chosen == PlanStatus.DRAFT ? null
                : new Approval(strip(approvedBy.getValue()), approvedOn.getValue());
        return new Input(header, chosen, approval);
    }

    private static String orNull(String value) {
        String v = strip(value);
        return v.isEmpty() ? null : v;
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("organisation", organisation);
        fields.put("department", department);
        fields.put("year", year);
        fields.put("title", title);
        fields.put("language", language);
        fields.put("notes", notes);
        fields.put("by", approvedBy);
        fields.put("on", approvedOn);
        return fields;
    }
}
