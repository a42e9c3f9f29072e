package org.partnershipworkshop.catalogue.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.meeting.GroupData;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingSummary;

/**
 * "Adapt this practice for our library": the meeting, the table's number and its name; the new table's
 * canvas starts from the passport.
 */
class AdaptDialog extends FormDialog<AdaptDialog.Form> {

    record Form(long meetingId, int number, String name) {
    }

    private final ComboBox<MeetingSummary> meeting = new ComboBox<>();
    private final IntegerField number = new IntegerField();
    private final TextField name = new TextField();
    private final LongFunction<MeetingDetails> details;

    AdaptDialog(String heading, List<MeetingSummary> meetings, LongFunction<MeetingDetails> details,
                String suggestedName, Consumer<Form> onSave) {
        super(heading, onSave);
        this.details = details;
        addClassName("adapt-dialog");
        setWidth("min(40rem, 96vw)");
        Paragraph help = new Paragraph(getTranslation("practice.adapt.help"));
        help.addClassName("adapt-help");
        meeting.setLabel(getTranslation("practice.meeting"));
        meeting.setItems(meetings);
        meeting.setItemLabelGenerator(m -> m.title() + " · " + Formats.dates(m.startDate(), m.endDate(), getLocale()));
        meeting.setRequired(true);
        meeting.addValueChangeListener(e -> suggestNumber());
        number.setLabel(getTranslation("group.number"));
        number.setMin(1);
        number.setStepButtonsVisible(true);
        name.setLabel(getTranslation("group.name"));
        name.setRequired(true);
        name.setMaxLength(Limits.TITLE);
        name.setValue(suggestedName.length() <= Limits.TITLE ? suggestedName : suggestedName.substring(0, Limits.TITLE));
        FormLayout form = new FormLayout(meeting, number, name);
        form.setColspan(meeting, 2);
        form.setColspan(name, 2);
        add(help, form);
    }

    /** The next free table number of the chosen meeting. */
    private void suggestNumber() {
        MeetingSummary chosen = meeting.getValue();
        if (chosen != null) {
            number.setValue(details.apply(chosen.id()).groups().stream().mapToInt(MeetingDetails.GroupView::number)
                    .max().orElse(0) + 1);
        }
    }

    @Override
    protected Form read() {
        if (meeting.getValue() == null) {
            throw new ValidationFailedException(Violation.of("meeting", "error.required"));
        }
        if (number.getValue() == null) {
            throw new ValidationFailedException(Violation.of("number", "error.groupNumber"));
        }
        GroupData checked = new GroupData(number.getValue(), strip(name.getValue()), "smart-diagram", List.of());
        return new Form(meeting.getValue().id(), checked.number(), checked.name());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("meeting", meeting, "number", number, "name", name);
    }
}
