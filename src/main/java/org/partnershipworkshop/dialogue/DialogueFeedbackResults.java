package org.partnershipworkshop.dialogue;

import java.util.Optional;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.proceedings.FeedbackResultsSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives the proceedings the answers of a meeting's feedback form; nothing when nobody answered. */
@Service
class DialogueFeedbackResults implements FeedbackResultsSource {

    private final DialogueService dialogue;

    DialogueFeedbackResults(DialogueService dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public Optional<FormResults> results(long meetingId) {
        FeedbackResults results = dialogue.results(meetingId);
        if (results.answers() == 0) {
            return Optional.empty();
        }
        return Optional.of(new FormResults(results.answers(), results.items().stream()
                .map(i -> new ItemCount(i.text(), i.count())).toList(), results.ratings(), results.comments()));
    }
}
