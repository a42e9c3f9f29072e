package org.partnershipworkshop.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;

@Entity
@Table(name = "presentation")
class PresentationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private SessionEntity session;

    @Column(nullable = false)
    private int position;

    private String speaker;
    private String role;
    private String organization;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "starts_time")
    private LocalTime startsTime;

    private String place;
    private String responsible;

    protected PresentationEntity() {
    }

    PresentationEntity(SessionEntity session, int position, Presentation presentation) {
        this.session = session;
        this.position = position;
        set(presentation);
    }

    void set(Presentation p) {
        speaker = p.speaker();
        role = p.role();
        organization = p.organization();
        title = p.title();
        summary = p.summary();
        startsOn = p.date();
        startsTime = p.time();
        place = p.place();
        responsible = p.responsible();
    }

    Presentation toPresentation() {
        return new Presentation(speaker, role, organization, title, summary, startsOn, startsTime, place, responsible);
    }

    Long id() {
        return id;
    }

    SessionEntity session() {
        return session;
    }

    void setPosition(int position) {
        this.position = position;
    }
}
