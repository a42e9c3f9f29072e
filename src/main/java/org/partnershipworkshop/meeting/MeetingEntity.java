package org.partnershipworkshop.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Convert;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partnershipworkshop.base.Language;

@Entity
@Table(name = "meeting")
class MeetingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;
    private String kind;
    private String description;

    @Convert(converter = LanguageConverter.class)
    @Column(nullable = false)
    private Language language;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    private String venue;
    private String host;

    @Column(name = "participant_count")
    private Integer participantCount;

    @ElementCollection
    @CollectionTable(name = "meeting_organizer", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    private List<String> organizers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_region", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    private List<String> regions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_person", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<PersonValue> people = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "feedback_will_use", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> willUse = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "feedback_comment", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> comments = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SessionEntity> sessions = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<WorkGroupEntity> groups = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MeetingEntity() {
    }

    MeetingEntity(MeetingFacts facts, Instant now) {
        this.createdAt = now;
        setFacts(facts, now);
    }

    void setFacts(MeetingFacts facts, Instant now) {
        title = facts.title();
        kind = facts.kind();
        description = facts.description();
        language = facts.language();
        startDate = facts.startDate();
        endDate = facts.endDate();
        venue = facts.venue();
        host = facts.host();
        organizers.clear();
        organizers.addAll(facts.organizers());
        regions.clear();
        regions.addAll(facts.regions());
        participantCount = facts.participantCount();
        touch(now);
    }

    MeetingFacts facts() {
        return new MeetingFacts(title, kind, description, language, startDate, endDate, venue, host,
                organizers, regions, participantCount);
    }

    void setPeople(List<Person> persons, Instant now) {
        people.clear();
        persons.forEach(p -> people.add(new PersonValue(p)));
        touch(now);
    }

    List<Person> people() {
        return people.stream().map(PersonValue::toPerson).toList();
    }

    void setFeedback(Feedback feedback, Instant now) {
        willUse.clear();
        willUse.addAll(feedback.willUse());
        comments.clear();
        comments.addAll(feedback.comments());
        touch(now);
    }

    Feedback feedback() {
        return new Feedback(willUse, comments);
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    String title() {
        return title;
    }

    Language language() {
        return language;
    }

    String kind() {
        return kind;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }

    String venue() {
        return venue;
    }

    List<String> regions() {
        return regions;
    }

    List<SessionEntity> sessions() {
        return sessions;
    }

    List<WorkGroupEntity> groups() {
        return groups;
    }

    void renumberSessions() {
        for (int i = 0; i < sessions.size(); i++) {
            sessions.get(i).setPosition(i);
        }
    }
}
