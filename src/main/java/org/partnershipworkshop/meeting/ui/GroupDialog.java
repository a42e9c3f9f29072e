package org.partnershipworkshop.meeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.meeting.GroupData;

/** A work group (table): number, name, canvas template (fixed once created) and members. */
class GroupDialog extends FormDialog<GroupData> {

    private final IntegerField number = new IntegerField();
    private final TextField name = new TextField();
    private final Select<CanvasTemplate> template = new Select<>();
    private final TextArea members = new TextArea();

    GroupDialog(String heading, GroupData existing, int suggestedNumber, List<CanvasTemplate> templates,
                Language language, Consumer<GroupData> onSave) {
        super(heading, onSave);
        setWidth("min(36rem, 96vw)");
        number.setLabel(getTranslation("group.number"));
        number.setMin(1);
        number.setStepButtonsVisible(true);
        name.setLabel(getTranslation("group.name"));
        name.setRequired(true);
        name.setMaxLength(Limits.TITLE);
        name.setPlaceholder(getTranslation("group.name.placeholder"));
        template.setLabel(getTranslation("group.template"));
        template.setItems(templates);
        template.setItemLabelGenerator(t -> t.name(language));
        members.setLabel(getTranslation("group.members"));
        members.setHelperText(getTranslation("form.onePerLine"));
        if (existing != null) {
            number.setValue(existing.number());
            name.setValue(existing.name());
            templates.stream().filter(t -> t.id().equals(existing.templateId())).findFirst().ifPresent(template::setValue);
            template.setReadOnly(true);
            template.setHelperText(getTranslation("group.template.fixed"));
            members.setValue(String.join("\n", existing.members()));
        } else {
            number.setValue(suggestedNumber);
            templates.stream().filter(t -> t.id().equals("smart-diagram")).findFirst()
                    .or(() -> templates.stream().findFirst()).ifPresent(template::setValue);
        }
        add(new FormLayout(number, name, template, members));
    }

    @Override
    protected GroupData read() {
        if (number.getValue() == null) {
            throw new ValidationFailedException(Violation.of("number", "error.groupNumber"));
        }
        return new GroupData(number.getValue(), strip(name.getValue()),
                template.getValue() == null ? null : template.getValue().id(), lines(members.getValue()));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("number", number, "name", name, "template", template, "members", members);
    }
}
