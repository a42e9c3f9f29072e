package org.partnershipworkshop.catalogue;

import java.time.Instant;
import java.util.List;
import org.partnershipworkshop.base.Language;

/**
 * A practice as the catalogue lists it: its name (the passport's first name note; null when it has none),
 * facts, where it was presented, its participants, whether it has a project card, and the last change.
 */
public record PracticeSummary(long id, String title, Language language, String region, Integer fromYear,
                              Integer toYear, String targetGroup, Long meetingId, String meetingTitle,
                              Long presentationId, String presentationTitle, List<String> participants,
                              boolean hasProjectCard, Instant updatedAt, String updatedBy) {

    public PracticeSummary {
        participants = List.copyOf(participants);
    }
}
