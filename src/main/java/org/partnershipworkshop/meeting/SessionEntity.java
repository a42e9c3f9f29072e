package org.partnershipworkshop.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "meeting_session")
class SessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private MeetingEntity meeting;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PresentationEntity> presentations = new ArrayList<>();

    protected SessionEntity() {
    }

    SessionEntity(MeetingEntity meeting, int position, String title) {
        this.meeting = meeting;
        this.position = position;
        this.title = title;
    }

    Long id() {
        return id;
    }

    MeetingEntity meeting() {
        return meeting;
    }

    String title() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    void setPosition(int position) {
        this.position = position;
    }

    List<PresentationEntity> presentations() {
        return presentations;
    }

    PresentationEntity add(Presentation presentation) {
        PresentationEntity entity = new PresentationEntity(this, presentations.size(), presentation);
        presentations.add(entity);
        return entity;
    }

    void renumber() {
        for (int i = 0; i < presentations.size(); i++) {
            presentations.get(i).setPosition(i);
        }
    }
}
