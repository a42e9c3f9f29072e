package org.partnershipworkshop.action;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.Actor;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.Roles;
import org.partnershipworkshop.base.ValidationFailedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files a library attaches to its report — photos of its events, a document — under the report's rules: read
 * by managers and the library's own account, added and removed by that account while the report is open (and by a
 * coordinator), {@value AttachmentKind#MAX_FILES} at most, each checked for its kind and size ({@link AttachmentKind}).
 */
@Service
public class AttachmentService {

    private final ParticipantRepository participants;
    private final AttachmentStore store;
    private final AuditService audit;
    private final Clock clock;

    AttachmentService(ParticipantRepository participants, AttachmentStore store, AuditService audit, Optional<Clock> clock) {
        this.participants = participants;
        this.store = store;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ActionAccess.READ_OWN)
    public List<ReportAttachment> attachments(long actionId, long libraryId) {
        return store.list(row(actionId, libraryId).id());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ActionAccess.READ_OWN)
    public ActionFile attachment(long actionId, long libraryId, long attachmentId) {
        long participant = row(actionId, libraryId).id();
        ReportAttachment meta = store.list(participant).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return new ActionFile(meta.fileName(), meta.mediaType(), store.content(participant, attachmentId).orElseThrow());
    }

    /** Adds a file to the report; a file of another kind, too large, or beyond the tenth is refused and nothing is kept. */
    @Transactional
    @PreAuthorize(ActionAccess.EDIT_OWN)
    public ReportAttachment attach(long actionId, long libraryId, String fileName, byte[] content) {
        ParticipantEntity row = editable(actionId, libraryId);
        AttachmentKind.Checked file = AttachmentKind.check(fileName, content);
        if (store.list(row.id()).size() >= AttachmentKind.MAX_FILES) {
            throw ValidationFailedException.of("action.error.tooManyFiles", AttachmentKind.MAX_FILES);
        }
        store.add(row.id(), file, content, clock.instant(), Actor.current());
        audit.record("action.report.attached", ActionService.subject(actionId), "library " + libraryId + ": " + file.fileName());
        return store.list(row.id()).getLast();
    }

    @Transactional
    @PreAuthorize(ActionAccess.EDIT_OWN)
    public void remove(long actionId, long libraryId, long attachmentId) {
        ParticipantEntity row = editable(actionId, libraryId);
        if (!store.remove(row.id(), attachmentId)) {
            throw new NotFoundException("attachment", attachmentId);
        }
        audit.record("action.report.detached", ActionService.subject(actionId), "library " + libraryId + ": " + attachmentId);
    }

    private ParticipantEntity row(long actionId, long libraryId) {
        return participants.findByActionIdAndLibraryId(actionId, libraryId)
                .orElseThrow(() -> new NotFoundException("participant", libraryId));
    }

    private ParticipantEntity editable(long actionId, long libraryId) {
        ParticipantEntity row = participants.lock(actionId, libraryId).orElseThrow(() -> new NotFoundException("participant", libraryId));
        return row.editableBy(Roles.current(Roles.FACILITATOR));
    }
}
