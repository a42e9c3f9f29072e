package org.partnershipworkshop.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.partnershipworkshop.meeting.MeetingService;

/** The catalogue's list lines: each practice with its participants, whether it has a card, and where it was presented. */
final class PracticeSummaries {

    private PracticeSummaries() {
    }

    static List<PracticeSummary> of(List<PracticeEntity> practices, PracticeStore store, MeetingService meetings) {
        List<Long> ids = practices.stream().map(PracticeEntity::id).toList();
        Map<Long, List<String>> participants = store.participants(ids);
        Set<Long> withCard = store.withProjectCard(ids);
        Map<Long, String> meetingTitles = new HashMap<>();
        if (practices.stream().anyMatch(p -> p.meetingId() != null)) {
            meetings.list().forEach(m -> meetingTitles.put(m.id(), m.title()));
        }
        Map<Long, String> presentationTitles = new HashMap<>();
        practices.stream().filter(p -> p.presentationId() != null).map(PracticeEntity::meetingId)
                .filter(Objects::nonNull).distinct()
                .forEach(meetingId -> meetings.details(meetingId).sessions().forEach(s -> s.presentations()
                        .forEach(p -> presentationTitles.put(p.id(), p.presentation().title()))));
        List<PracticeSummary> result = new ArrayList<>();
        for (PracticeEntity p : practices) {
            PracticeFacts f = p.facts();
            result.add(new PracticeSummary(p.id(), p.title(), f.language(), f.region(), f.fromYear(), f.toYear(),
                    f.targetGroup(), f.meetingId(), meetingTitles.get(f.meetingId()), f.presentationId(),
                    presentationTitles.get(f.presentationId()), participants.getOrDefault(p.id(), List.of()),
                    withCard.contains(p.id()), p.updatedAt(), p.updatedBy()));
        }
        return result;
    }
}
