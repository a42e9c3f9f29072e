package org.partnershipworkshop.interchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.meeting.MeetingSummary;
import org.partnershipworkshop.meeting.NewMeeting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Import and export of meetings in the {@code workshop-meeting/1} interchange format. */
@Service
public class InterchangeService {

    static final String DEMO_IMPORTED = "demo-imported";

    private final MeetingService meetings;
    private final CanvasService canvases;
    private final InstallationFactRepository facts;
    private final List<BackupPart> parts;
    private final AuditService audit;
    private final Clock clock;

    InterchangeService(MeetingService meetings, CanvasService canvases, InstallationFactRepository facts,
                       List<BackupPart> parts, AuditService audit, Optional<Clock> clock) {
        this.meetings = meetings;
        this.canvases = canvases;
        this.facts = facts;
        this.parts = parts;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A backup of the installation: every meeting as a workshop-meeting/1 document, plus the features' parts. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN)
    public byte[] backup() {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        for (MeetingSummary meeting : meetings.list()) {
            documents.put(Backup.meetingFile(meeting.id()), exportBytes(meeting.id()));
        }
        Map<String, byte[]> contributed = new LinkedHashMap<>();
        parts.forEach(part -> contributed.put(part.fileName(), part.export()));
        return Backup.write(documents, contributed, clock.instant());
    }

    /**
     * Restores a backup into an installation without meetings, all or nothing: every document is checked
     * before anything is written. Returns how many meetings were restored.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int restore(byte[] backup) {
        if (!meetings.list().isEmpty()) {
            throw ValidationFailedException.of("backup.error.notEmpty");
        }
        for (BackupPart part : parts) {
            String blocked = part.restoreBlockedBy();
            if (blocked != null) {
                throw ValidationFailedException.of(blocked);
            }
        }
        Map<String, byte[]> files = Backup.read(backup);
        JsonNode manifest = Json.MAPPER.readTree(files.get(Backup.MANIFEST));
        if (!Backup.FORMAT.equals(manifest.path("format").asString(""))) {
            throw new ValidationFailedException(Violation.of("manifest.json", "error.formatUnsupported",
                    manifest.path("format").asString(""), Backup.FORMAT));
        }
        List<Violation> problems = new ArrayList<>();
        List<NewMeeting> documents = new ArrayList<>();
        List<Long> formerIds = new ArrayList<>();
        for (JsonNode name : manifest.path("meetings")) {
            byte[] document = files.get(name.asString());
            if (document == null) {
                problems.add(Violation.of(name.asString(), "backup.error.missingFile"));
                continue;
            }
            try {
                documents.add(reader().read(document));
                formerIds.add(Backup.meetingId(name.asString()));
            } catch (ValidationFailedException e) {
                e.violations().forEach(v -> problems.add(new Violation(
                        v.path().isEmpty() ? name.asString() : name.asString() + " " + v.path(), v.key(), v.args())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        Map<Long, Long> meetingIds = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            long id = meetings.create(documents.get(i));
            if (formerIds.get(i) != null) {
                meetingIds.put(formerIds.get(i), id);
            }
        }
        for (BackupPart part : parts) {
            byte[] content = files.get(part.fileName());
            if (content != null) {
                part.restore(content, meetingIds);
            }
        }
        facts.save(new InstallationFactEntity(DEMO_IMPORTED, "restored"));
        audit.record("backup.restored", "installation", documents.size() + " meetings");
        return documents.size();
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
