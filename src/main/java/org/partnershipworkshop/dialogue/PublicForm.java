package org.partnershipworkshop.dialogue;

import org.partnershipworkshop.survey.FormCode;

import java.time.LocalDate;
import java.util.List;
import org.partnershipworkshop.base.Language;

/** What a participant's phone shows: which meeting asks, whether the form takes answers, the checklist. */
public record PublicForm(FormCode code, String meetingTitle, LocalDate startDate, LocalDate endDate, Language language,
                         boolean open, List<ChecklistItem> items) {

    public PublicForm {
        items = List.copyOf(items);
    }
}
