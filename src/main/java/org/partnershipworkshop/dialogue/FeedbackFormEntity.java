package org.partnershipworkshop.dialogue;

import org.partnershipworkshop.survey.FormCode;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Entity
@Table(name = "feedback_form")
class FeedbackFormEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, unique = true)
    private Long meetingId;

    @Column(name = "form_code", nullable = false, unique = true)
    private String formCode;

    @Column(name = "is_open", nullable = false)
    private boolean open;

    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<FeedbackItemEntity> items = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FeedbackFormEntity() {
    }

    FeedbackFormEntity(long meetingId, FormCode code, Instant now) {
        this.meetingId = meetingId;
        this.formCode = code.value();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Restores a form from a backup as it was. */
    static FeedbackFormEntity restored(long meetingId, FormCode code, boolean open, Instant created, Instant updated) {
        FeedbackFormEntity form = new FeedbackFormEntity(meetingId, code, created);
        form.open = open;
        form.updatedAt = updated;
        return form;
    }

    Long id() {
        return id;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long meetingId() {
        return meetingId;
    }

    FormCode code() {
        return new FormCode(formCode);
    }

    boolean open() {
        return open;
    }

    void setOpen(boolean open, Instant now) {
        this.open = open;
        updatedAt = now;
    }

    List<FeedbackItemEntity> items() {
        return items;
    }

    List<ChecklistItem> checklist() {
        return items.stream().map(i -> new ChecklistItem(i.id(), i.text())).toList();
    }

    /**
     * Makes the checklist read as given: lines with a known id keep it (their answers' choices stay), lines
     * without one are added, lines left out are removed (with the choices of them).
     */
    void setChecklist(Checklist checklist, Instant now) {
        Map<Long, FeedbackItemEntity> existing = new HashMap<>();
        items.forEach(i -> existing.put(i.id(), i));
        List<FeedbackItemEntity> next = new ArrayList<>();
        for (ChecklistItem item : checklist.items()) {
            FeedbackItemEntity entity = item.id() == null ? null : existing.get(item.id());
            if (entity == null) {
                entity = new FeedbackItemEntity(this, next.size(), item.text());
            } else {
                entity.set(next.size(), item.text());
            }
            next.add(entity);
        }
        items.clear();
        items.addAll(next);
        updatedAt = now;
    }
}
