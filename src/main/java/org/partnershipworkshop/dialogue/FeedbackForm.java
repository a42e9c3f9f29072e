package org.partnershipworkshop.dialogue;

import org.partnershipworkshop.survey.FormCode;

import java.util.List;

/** A meeting's feedback form as the facilitator manages it: its code, whether it takes answers, the checklist. */
public record FeedbackForm(long meetingId, FormCode code, boolean open, List<ChecklistItem> items, long answers) {

    public FeedbackForm {
        items = List.copyOf(items);
    }

    /** The form's address below the application's base: {@code feedback/ABCD2345}. */
    public String path() {
        return "feedback/" + code.value();
    }
}
