package org.partnershipworkshop.interchange;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
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
import tools.jackson.databind.node.ObjectNode;

/** Import and export of meetings in the {@code workshop-meeting/1} interchange format. */
@Service
public class InterchangeService {

    static final String DEMO_IMPORTED = "demo-imported";
    private static final Logger log = LoggerFactory.getLogger(InterchangeService.class);

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
     * Restores a backup into an installation without meetings, all or nothing: the whole backup is read and
     * checked before anything is written (every problem with its file and path, {@link BackupContents}), and a
     * part that fails while being restored rolls everything back. Returns how many meetings were restored.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int restore(byte[] backup) {
        BackupContents contents = BackupContents.read(backup, reader()::read,
                parts.stream().map(BackupPart::fileName).toList());
        if (!meetings.list().isEmpty()) {
            throw ValidationFailedException.of("backup.error.notEmpty");
        }
        for (BackupPart part : parts) {
            String blocked = part.restoreBlockedBy();
            if (blocked != null) {
                throw ValidationFailedException.of(blocked);
            }
        }
        Map<Long, Long> meetingIds = new HashMap<>();
        for (int i = 0; i < contents.meetings().size(); i++) {
            long id = meetings.create(contents.meetings().get(i));
            Long formerId = contents.formerIds().get(i);
            if (formerId != null) {
                meetingIds.put(formerId, id);
            }
        }
        for (BackupPart part : parts) {
            byte[] content = contents.parts().get(part.fileName());
            if (content != null) {
                restorePart(part, content, meetingIds);
            }
        }
        facts.save(new InstallationFactEntity(DEMO_IMPORTED, "restored"));
        audit.record("backup.restored", "installation", contents.meetings().size() + " meetings");
        return contents.meetings().size();
    }

    /**
     * A part's own restore; whatever it fails on is the backup's fault (it was written by another installation or
     * by hand), so it is a 422 naming the part, and the surrounding transaction rolls back every write.
     */
    private static void restorePart(BackupPart part, byte[] content, Map<Long, Long> meetingIds) {
        try {
            part.restore(content, meetingIds);
        } catch (ValidationFailedException e) {
            throw new ValidationFailedException(BackupContents.in(part.fileName(), e.violations()));
        } catch (AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Backup part {} could not be restored; nothing was written", part.fileName(), e);
            throw new ValidationFailedException(Violation.of(part.fileName(), "backup.error.partUnreadable"));
        }
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
