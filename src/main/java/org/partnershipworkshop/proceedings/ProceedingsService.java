package org.partnershipworkshop.proceedings;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Messages;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingDetails.GroupView;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.live.VotingService;
import org.partnershipworkshop.dialogue.DialogueService;
import org.partnershipworkshop.proceedings.pdf.Proceedings;
import org.partnershipworkshop.proceedings.pdf.ProceedingsPdf;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The proceedings of a meeting as a PDF in the meeting's language. The meeting, its groups' current
 * canvases and the vote are read in one read-only transaction into a read model; the layout then runs
 * without a transaction, so no database connection waits on it. At most {@link #AT_ONCE} documents are
 * laid out at a time: each may take a few hundred megabytes on a very large meeting.
 */
@Service
public class ProceedingsService {

    static final int AT_ONCE = 2;

    private final MeetingService meetings;
    private final CanvasService canvases;
    private final VotingService voting;
    private final DialogueService dialogue;
    private final Messages messages;
    private final TransactionTemplate readOnly;
    private final Semaphore slots = new Semaphore(AT_ONCE, true);

    ProceedingsService(MeetingService meetings, CanvasService canvases, VotingService voting, DialogueService dialogue,
                       Messages messages, PlatformTransactionManager transactions) {
        this.meetings = meetings;
        this.canvases = canvases;
        this.voting = voting;
        this.dialogue = dialogue;
        this.messages = messages;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The proceedings of a meeting; {@code progress} hears how far the layout is. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize(Access.MANAGER)
    public ProceedingsFile generate(long meetingId, ProceedingsPdf.Progress progress) {
        Proceedings model = readOnly.execute(status -> read(meetingId));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        int pages;
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to lay out the proceedings", e);
        }
        try {
            pages = ProceedingsPdf.write(model, new MeetingLabels(messages, model.language()), out, progress);
        } finally {
            slots.release();
        }
        return new ProceedingsFile(fileName(meetingId, model), out.toByteArray(), pages);
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize(Access.MANAGER)
    public ProceedingsFile generate(long meetingId) {
        return generate(meetingId, ProceedingsPdf.Progress.NONE);
    }

    private Proceedings read(long meetingId) {
        MeetingDetails meeting = meetings.details(meetingId);
        Map<Long, CanvasSnapshot> current = canvases.current(meeting.groups().stream().map(GroupView::id).toList());
        MeetingLabels labels = new MeetingLabels(messages, meeting.facts().language());
        return new ProceedingsAssembler(canvases::findTemplate, labels, meeting.facts().language())
                .assemble(meeting, current, Optional.of(voting.results(meetingId)), Optional.of(dialogue.results(meetingId)));
    }

    static String fileName(long meetingId, Proceedings model) {
        return "proceedings-" + meetingId + "-" + model.facts().startDate() + ".pdf";
    }
}
