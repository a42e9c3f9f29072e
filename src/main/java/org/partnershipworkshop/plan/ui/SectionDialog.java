package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.plan.PlanEdit;
import org.partnershipworkshop.plan.Section;

/** A section's title and description; a new one goes last at the top or under {@code parentId}. */
class SectionDialog extends FormDialog<SectionDialog.Input> {

    record Input(String title, String description) {
        Input {
            title = Rules.required(title, "title", Limits.TEXT);
            description = Rules.optional(description, "description", Limits.LONG_TEXT);
        }
    }

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();

    /** {@code section} to change one, or null with the parent (null: top) for a new one. */
    SectionDialog(PlanView view, Section section, String parentId) {
        super(view.getTranslation(section == null ? "plan.edit.sectionNew" : "plan.edit.sectionTitle"),
                input -> view.edit(section == null ? new PlanEdit.AddSection(parentId, input.title(), input.description())
                        : new PlanEdit.UpdateSection(section.id(), input.title(), input.description()), "plan.edit.sectionSaved"));
        addClassName("plan-section-dialog");
        setWidth("min(40rem, 96vw)");
        title.setLabel(getTranslation("plan.edit.sectionName"));
        title.setMaxLength(Limits.TEXT);
        title.setRequired(true);
        title.setWidthFull();
        title.addClassName("plan-section-title-field");
        description.setLabel(getTranslation("plan.edit.description"));
        description.setMaxLength(Limits.LONG_TEXT);
        description.setWidthFull();
        if (section != null) {
            title.setValue(section.title());
            description.setValue(section.description() == null ? "" : section.description());
        }
        add(title, description);
    }

    @Override
    protected Input read() {
        String d = strip(description.getValue());
        return new Input(strip(title.getValue()), d.isEmpty() ? null : d);
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("title", title, "description", description);
    }
}
