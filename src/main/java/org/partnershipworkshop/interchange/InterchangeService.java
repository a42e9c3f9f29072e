package org.partnershipworkshop.interchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.meeting.NewMeeting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/** Import and export of meetings in the {@code workshop-meeting/1} interchange format. */
@Service
public class InterchangeService {

    static final String DEMO_IMPORTED = "demo-imported";

    private final MeetingService meetings;
    private final CanvasService canvases;
    private final InstallationFactRepository facts;

    InterchangeService(MeetingService meetings, CanvasService canvases, InstallationFactRepository facts) {
        this.meetings = meetings;
        this.canvases = canvases;
        this.facts = facts;
    }

    /** Imports the demo meeting if this installation never did and holds no meeting; returns its id if imported. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public Optional<Long> importDemoOnce(byte[] document) {
        if (facts.existsById(DEMO_IMPORTED) || !meetings.list().isEmpty()) {
            return Optional.empty();
        }
        long id = importMeeting(document);
        facts.save(new InstallationFactEntity(DEMO_IMPORTED, String.valueOf(id)));
        return Optional.of(id);
    }

    /** Checks a document without writing anything; throws with every problem found. */
    @PreAuthorize(Access.FACILITATOR)
    public NewMeeting validate(byte[] document) {
        return reader().read(document);
    }

    /** Imports a document as a new meeting, all or nothing; returns the meeting's id. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public long importMeeting(byte[] document) {
        return meetings.create(reader().read(document));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public ObjectNode export(long meetingId) {
        MeetingDetails meeting = meetings.details(meetingId);
        List<Long> groupIds = meeting.groups().stream().map(MeetingDetails.GroupView::id).toList();
        Map<Long, CanvasSnapshot> current = canvases.current(groupIds);
        return new MeetingDocumentWriter(id -> canvases.findTemplate(id).orElseThrow()).write(meeting, current);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public byte[] exportBytes(long meetingId) {
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(export(meetingId));
    }

    private MeetingDocumentReader reader() {
        return new MeetingDocumentReader(canvases::findTemplate);
    }
}
