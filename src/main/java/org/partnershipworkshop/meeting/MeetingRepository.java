package org.partnershipworkshop.meeting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<MeetingEntity, Long> {

    @Query("""
            select new org.partnershipworkshop.meeting.MeetingSummary(
                m.id, m.title, m.kind, m.startDate, m.endDate, m.venue, m.language, size(m.groups))
            from MeetingEntity m order by m.startDate desc, m.id desc""")
    List<MeetingSummary> summaries();

    /** Meetings with a day between {@code from} and {@code to}, with their regions, earliest first. */
    @Query("""
            select distinct m from MeetingEntity m left join fetch m.regions
            where m.startDate <= :to and m.endDate >= :from order by m.startDate, m.id""")
    List<MeetingEntity> overlapping(LocalDate from, LocalDate to);

    @Query("select distinct r from MeetingEntity m join m.regions r")
    List<String> regionNames();
}
