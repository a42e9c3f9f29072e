package org.partnershipworkshop.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<MeetingEntity, Long> {

    @Query("""
            select new org.partnershipworkshop.meeting.MeetingSummary(
                m.id, m.title, m.kind, m.startDate, m.endDate, m.venue, m.language, size(m.groups))
            from MeetingEntity m order by m.startDate desc, m.id desc""")
    List<MeetingSummary> summaries();
}
