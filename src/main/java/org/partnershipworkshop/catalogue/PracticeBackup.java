package org.partnershipworkshop.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.interchange.BackupPart;
import org.partnershipworkshop.base.JsonChecks;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingDetails.SessionView;
import org.partnershipworkshop.meeting.MeetingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The practice catalogue in a backup ({@code practices.json}, format {@code workshop-practices/1}): every
 * practice as the practice object of {@code workshop-practice/1} — facts, current passport and project card
 * — plus where it was presented: the meeting's id in this installation and the presentation's place in its
 * programme, which a restore maps onto the restored meetings. Revisions are not carried, as a meeting's
 * canvases carry only their current state.
 */
@Service
class PracticeBackup implements BackupPart {

    static final String FILE = "practices.json";
    static final String FORMAT = "workshop-practices/1";
    private static final Logger log = LoggerFactory.getLogger(PracticeBackup.class);

    private final PracticeStore store;
    private final MeetingService meetings;

    PracticeBackup(PracticeStore store, MeetingService meetings) {
        this.store = store;
        this.meetings = meetings;
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public String restoreBlockedBy() {
        return store.isEmpty() ? null : "backup.error.practicesPresent";
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN)
    public byte[] export() {
        PracticeDocument document = new PracticeDocument(store::template);
        ObjectNode root = Json.MAPPER.createObjectNode().put("format", FORMAT);
        ArrayNode list = root.putArray("practices");
        for (PracticeEntity practice : store.all()) {
            ObjectNode o = document.practice(store.details(practice, PracticeDetails.PresentedAt.NOWHERE));
            PracticeFacts facts = practice.facts();
            if (facts.meetingId() != null) {
                ObjectNode link = o.putObject("link").put("meeting", facts.meetingId());
                if (facts.presentationId() != null) {
                    place(meetings.details(facts.meetingId()), facts.presentationId(), link);
                }
            }
            list.add(o);
        }
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    @Override
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void restore(byte[] content) {
        restore(content, Map.of());
    }

    /** Restores every practice, all or nothing; a link to a meeting the backup did not restore is dropped. */
    @Override
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void restore(byte[] content, Map<Long, Long> meetingIds) {
        JsonNode root = JsonChecks.parse(content);
        if (!FORMAT.equals(root.path("format").asString(""))) {
            throw new ValidationFailedException(Violation.of(FILE, "error.formatUnsupported",
                    root.path("format").asString(""), FORMAT));
        }
        PracticeDocument document = new PracticeDocument(store::template);
        JsonChecks checks = new JsonChecks();
        List<PracticeDocument.Read> practices = checks.array(root, "practices", "", Integer.MAX_VALUE,
                (node, at) -> checks.isObject(node, at) ? document.practice(node, at, checks) : null);
        List<JsonNode> links = new ArrayList<>();
        root.path("practices").forEach(node -> links.add(node.path("link")));
        if (!checks.problems().isEmpty()) {
            throw new ValidationFailedException(checks.problems().stream()
                    .map(v -> new Violation(FILE + " " + v.path().replaceFirst("^\\.", ""), v.key(), v.args())).toList());
        }
        for (int i = 0; i < practices.size(); i++) {
            PracticeDocument.Read read = practices.get(i);
            PracticeFacts facts = linked(read.facts(), links.get(i), meetingIds);
            try {
                store.create(facts, read.passport(), read.projectCard());
            } catch (ValidationFailedException e) {
                throw PracticeDocument.under(FILE + " practices[" + i + "]", e);
            }
        }
    }

    /** The facts, presented where the backup said, as far as the restored meetings still show it. */
    private PracticeFacts linked(PracticeFacts facts, JsonNode link, Map<Long, Long> meetingIds) {
        if (!link.path("meeting").canConvertToLong()) {
            return facts;
        }
        Long meetingId = meetingIds.get(link.path("meeting").asLong());
        if (meetingId == null) {
            log.warn("A practice of the backup was presented at meeting {}, which the backup did not restore; "
                    + "it stands alone now", link.path("meeting").asLong());
            return facts;
        }
        Long presentationId = null;
        int session = link.path("session").asInt(-1);
        int position = link.path("presentation").asInt(-1);
        List<SessionView> sessions = meetings.details(meetingId).sessions();
        if (session >= 0 && session < sessions.size() && position >= 0
                && position < sessions.get(session).presentations().size()) {
            presentationId = sessions.get(session).presentations().get(position).id();
        }
        return facts.presentedAt(meetingId, presentationId);
    }

    /** Writes where the presentation stands in the programme: the session's and the presentation's position. */
    private static void place(MeetingDetails meeting, long presentationId, ObjectNode link) {
        for (int s = 0; s < meeting.sessions().size(); s++) {
            List<MeetingDetails.PresentationView> presentations = meeting.sessions().get(s).presentations();
            for (int p = 0; p < presentations.size(); p++) {
                if (presentations.get(p).id() == presentationId) {
                    link.put("session", s).put("presentation", p);
                    return;
                }
            }
        }
    }
}
