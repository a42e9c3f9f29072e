package org.partnershipworkshop.meeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.meeting.Presentation;

/** A presentation of the programme: who spoke, from where, on what. */
class PresentationDialog extends FormDialog<Presentation> {

    private final TextField speaker = new TextField();
    private final TextField role = new TextField();
    private final TextField organization = new TextField();
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();

    PresentationDialog(String heading, Presentation existing, Consumer<Presentation> onSave) {
        super(heading, onSave);
        setWidth("min(44rem, 96vw)");
        title.setLabel(getTranslation("presentation.title"));
        title.setRequired(true);
        title.setMaxLength(Limits.TEXT);
        speaker.setLabel(getTranslation("presentation.speaker"));
        role.setLabel(getTranslation("presentation.role"));
        organization.setLabel(getTranslation("presentation.organization"));
        summary.setLabel(getTranslation("presentation.summary"));
        summary.setMaxLength(Limits.LONG_TEXT);
        summary.setMinHeight("8rem");
        if (existing != null) {
            title.setValue(existing.title());
            speaker.setValue(existing.speaker() == null ? "" : existing.speaker());
            role.setValue(existing.role() == null ? "" : existing.role());
            organization.setValue(existing.organization() == null ? "" : existing.organization());
            summary.setValue(existing.summary() == null ? "" : existing.summary());
        }
        FormLayout form = new FormLayout(title, speaker, role, organization, summary);
        form.setColspan(title, 2);
        form.setColspan(organization, 2);
        form.setColspan(summary, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        add(form);
    }

    @Override
    protected Presentation read() {
        return new Presentation(strip(speaker.getValue()), strip(role.getValue()), strip(organization.getValue()),
                strip(title.getValue()), strip(summary.getValue()));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("speaker", speaker, "role", role, "organization", organization, "title", title, "summary", summary);
    }
}
