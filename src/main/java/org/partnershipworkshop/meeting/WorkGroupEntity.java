package org.partnershipworkshop.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "work_group")
class WorkGroupEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private MeetingEntity meeting;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String name;

    @Column(name = "template_id", nullable = false)
    private String templateId;

    @ElementCollection
    @CollectionTable(name = "group_member", joinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    private List<String> members = new ArrayList<>();

    protected WorkGroupEntity() {
    }

    WorkGroupEntity(MeetingEntity meeting, GroupData data) {
        this.meeting = meeting;
        this.templateId = data.templateId();
        set(data);
    }

    /** Number, name and members; the template is fixed once the canvas exists. */
    void set(GroupData data) {
        number = data.number();
        name = data.name();
        members.clear();
        members.addAll(data.members());
    }

    GroupData toData() {
        return new GroupData(number, name, templateId, members);
    }

    Long id() {
        return id;
    }

    MeetingEntity meeting() {
        return meeting;
    }

    int number() {
        return number;
    }

    String name() {
        return name;
    }

    String templateId() {
        return templateId;
    }

    List<String> members() {
        return members;
    }
}
