package org.partnershipworkshop.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.partnershipworkshop.canvas.DocumentSnapshot;
import org.partnershipworkshop.meeting.Presentation;

/**
 * A whole practice: facts (with the version a change must name), where it was presented as the meeting
 * shows it now, the current passport and, when there is one, the project card.
 */
public record PracticeDetails(long id, long version, String title, PracticeFacts facts, PresentedAt presentedAt,
                              DocumentSnapshot passport, DocumentSnapshot projectCard, Instant createdAt, String createdBy) {

    /** The meeting (and presentation) the practice is attached to; null members when it stands alone. */
    public record PresentedAt(String meetingTitle, LocalDate meetingStart, LocalDate meetingEnd, Presentation presentation) {

        public static final PresentedAt NOWHERE = new PresentedAt(null, null, null, null);
    }

    public Optional<DocumentSnapshot> card() {
        return Optional.ofNullable(projectCard);
    }
}
