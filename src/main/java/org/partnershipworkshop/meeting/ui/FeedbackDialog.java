package org.partnershipworkshop.meeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.meeting.Feedback;

/** What participants said: what they will use (one per line) and their comments (one per line). */
class FeedbackDialog extends FormDialog<Feedback> {

    private final TextArea willUse = new TextArea();
    private final TextArea comments = new TextArea();

    FeedbackDialog(String heading, Feedback feedback, Consumer<Feedback> onSave) {
        super(heading, onSave);
        setWidth("min(52rem, 96vw)");
        willUse.setLabel(getTranslation("feedback.willUse"));
        willUse.setHelperText(getTranslation("form.onePerLine"));
        willUse.setWidthFull();
        willUse.setMinHeight("10rem");
        comments.setLabel(getTranslation("feedback.comments"));
        comments.setHelperText(getTranslation("form.onePerLine"));
        comments.setWidthFull();
        comments.setMinHeight("10rem");
        willUse.setValue(String.join("\n", feedback.willUse()));
        comments.setValue(String.join("\n", feedback.comments()));
        add(willUse, comments);
    }

    @Override
    protected Feedback read() {
        return new Feedback(lines(willUse.getValue()), lines(comments.getValue()));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("willUse", willUse, "comments", comments);
    }
}
