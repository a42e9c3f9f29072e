package org.partnershipworkshop.catalogue;

import org.partnershipworkshop.base.Roles;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Messages;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.DocumentSaved;
import org.partnershipworkshop.canvas.DocumentSnapshot;
import org.partnershipworkshop.canvas.SaveResult;
import org.partnershipworkshop.meeting.GroupData;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingDetails.PresentationView;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.meeting.MeetingSummary;
import org.partnershipworkshop.meeting.Presentation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The good-practice catalogue: practices with their passport and project card (every save a new revision),
 * searched across meetings, exported as PDF and as {@code workshop-practice/1}, imported, turned into a
 * project card, and adapted into a group's canvas. Managers and above read; facilitators and above change
 * (decision 52).
 */
@Service
public class CatalogueService {

    static final String GROUP_TEMPLATE = "smart-diagram";

    private final PracticeStore store;
    private final MeetingService meetings;
    private final CanvasService canvases;
    private final AuditService audit;
    private final Messages messages;

    CatalogueService(PracticeStore store, MeetingService meetings, CanvasService canvases, AuditService audit,
                     Messages messages) {
        this.store = store;
        this.meetings = meetings;
        this.canvases = canvases;
        this.audit = audit;
        this.messages = messages;
    }

    // --- reading

    /** The practices matching the filter (all of them for {@link CatalogueFilter#ALL}), most recently changed first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public List<PracticeSummary> search(CatalogueFilter filter) {
        return summaries(store.search(filter == null ? CatalogueFilter.ALL : filter));
    }

    /** The practices presented at a meeting (for its programme). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public List<PracticeSummary> atMeeting(long meetingId) {
        return summaries(store.atMeeting(meetingId));
    }

    /** What the filters can offer: the regions, target groups and participants practices name. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public CatalogueChoices choices() {
        return store.choices();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public PracticePage page(long practiceId) {
        return new PracticePage(details(store.practice(practiceId)), store.template(PracticeSheet.PASSPORT),
                store.template(PracticeSheet.PROJECT_CARD), isFacilitator());
    }

    /** Every saved revision of a practice's passport or project card, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public List<DocumentSnapshot> history(long practiceId, PracticeSheet sheet) {
        store.practice(practiceId);
        return store.history(practiceId, sheet);
    }

    /** A practice's passport or project card as saved now. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public DocumentSnapshot sheet(long practiceId, PracticeSheet sheet) {
        return store.current(practiceId, sheet).orElseThrow(() -> new NotFoundException(sheet.id(), practiceId));
    }

    /**
     * Calls the listener after each committed save of the practice's sheet (on another thread), until the
     * registration is removed: the practice page shows what another facilitator saved.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public Registration subscribe(long practiceId, PracticeSheet sheet, Consumer<DocumentSaved> listener) {
        return store.subscribe(practiceId, sheet, listener);
    }

    // --- changing

    /** A new practice with its passport as first revision; it may be attached to a meeting's presentation. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public long create(PracticeFacts facts, Canvas passport) {
        checkPresentedAt(facts);
        PracticeEntity practice = store.create(facts, passport, null);
        audit.record("practice.created", subject(practice.id()), practice.title());
        return practice.id();
    }

    /** Changes the facts if nobody changed them since {@code expectedVersion}; otherwise writes nothing. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public PracticeDetails updateFacts(long practiceId, long expectedVersion, PracticeFacts facts) {
        PracticeEntity practice = store.lock(practiceId);
        if (practice.version() != expectedVersion) {
            throw ValidationFailedException.of("practice.error.changed");
        }
        checkPresentedAt(facts);
        store.setFacts(practice, facts);
        audit.record("practice.updated", subject(practiceId), practice.title());
        return details(practice);
    }

    /**
     * Applies one change made on {@code baseRevision} of the passport or the project card and saves it as a new
     * revision. The change is found by content (as on a group's canvas), so it applies on top of what another
     * facilitator saved meanwhile; the result lists what they saved.
     */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public SaveResult apply(long practiceId, PracticeSheet sheet, long baseRevision, CanvasEdit edit) {
        PracticeEntity practice = store.lock(practiceId);
        SaveResult result = store.apply(practice, sheet, baseRevision, edit);
        if (result.written()) {
            audit.record("practice.saved", subject(practiceId), sheet.id() + " revision " + result.saved().revision());
        }
        return result;
    }

    /**
     * Makes an earlier revision current again, as a new revision; the history keeps everything. When that
     * revision holds what the sheet holds now, nothing is written and the current revision is answered.
     */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public DocumentSnapshot restore(long practiceId, PracticeSheet sheet, long revision) {
        PracticeEntity practice = store.lock(practiceId);
        SaveResult result = store.restore(practice, sheet, revision);
        if (result.written()) {
            audit.record("practice.restored", subject(practiceId), sheet.id() + " revision " + revision
                    + " → " + result.saved().revision());
        }
        return result.saved();
    }

    /** Drafts the practice's project card from its passport (decision 53); a practice has at most one. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public DocumentSnapshot createProjectCard(long practiceId) {
        PracticeEntity practice = store.lock(practiceId);
        if (store.current(practiceId, PracticeSheet.PROJECT_CARD).isPresent()) {
            throw ValidationFailedException.of("practice.error.cardExists");
        }
        Canvas passport = store.current(practiceId, PracticeSheet.PASSPORT).orElseThrow().canvas();
        DocumentSnapshot card = store.create(practice, PracticeSheet.PROJECT_CARD, ProjectCardDraft.from(passport));
        audit.record("practice.cardCreated", subject(practiceId), practice.title());
        return card;
    }

    /**
     * "Adapt this practice for our library": adds table {@code number} named {@code name} to the meeting and
     * starts its smart diagram from the passport (decision 54). All or nothing; answers the new group's id.
     */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public long adapt(long practiceId, long meetingId, int number, String name) {
        PracticeEntity practice = store.practice(practiceId);
        Canvas passport = store.current(practiceId, PracticeSheet.PASSPORT).orElseThrow().canvas();
        Language language = meetings.details(meetingId).facts().language();
        long groupId = meetings.addGroup(meetingId, new GroupData(number, name, GROUP_TEMPLATE, List.of()));
        Canvas canvas = GroupCanvasDraft.from(passport, indicator -> GroupCanvasDraft.resultText(indicator, messages, language));
        canvases.apply(groupId, canvases.current(groupId).revision(), new CanvasEdit.ReplaceAll(canvas));
        audit.record("practice.adapted", subject(practiceId), "meeting " + meetingId + " · group " + number + " " + name);
        return groupId;
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void delete(long practiceId) {
        PracticeEntity practice = store.lock(practiceId);
        audit.record("practice.deleted", subject(practiceId), practice.title());
        store.delete(practice);
    }

    // --- documents

    /** The practice as a {@code workshop-practice/1} document. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public PracticeFile exportJson(long practiceId) {
        PracticeDetails practice = details(store.practice(practiceId));
        byte[] content = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(document().write(practice));
        return new PracticeFile("practice-" + practiceId + ".json", "application/json", content);
    }

    /** The practice's passport (and project card) as PDF, in the practice's language. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public PracticeFile exportPdf(long practiceId) {
        PracticeDetails practice = details(store.practice(practiceId));
        Language language = practice.facts().language();
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        new PassportPdf(new LanguageLabels(messages, language), language).write(practice,
                store.template(PracticeSheet.PASSPORT), store.template(PracticeSheet.PROJECT_CARD), out);
        return new PracticeFile("practice-" + practiceId + "-passport.pdf", "application/pdf", out.toByteArray());
    }

    /** Imports a {@code workshop-practice/1} document as a new practice standing alone; all or nothing. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public long importDocument(byte[] document) {
        PracticeDocument.Read read = document().read(document);
        PracticeEntity practice;
        try {
            practice = store.create(read.facts(), read.passport(), read.projectCard());
        } catch (ValidationFailedException e) {
            throw PracticeDocument.under("practice", e);
        }
        audit.record("practice.imported", subject(practice.id()), practice.title());
        return practice.id();
    }

    // --- helpers

    private PracticeDocument document() {
        return new PracticeDocument(store::template);
    }

    private PracticeDetails details(PracticeEntity practice) {
        return store.details(practice, presentedAt(practice.facts()));
    }

    private PracticeDetails.PresentedAt presentedAt(PracticeFacts facts) {
        if (facts.meetingId() == null) {
            return PracticeDetails.PresentedAt.NOWHERE;
        }
        MeetingDetails meeting = meetings.details(facts.meetingId());
        Presentation presentation = facts.presentationId() == null ? null
                : presentation(meeting, facts.presentationId()).map(PresentationView::presentation).orElse(null);
        return new PracticeDetails.PresentedAt(meeting.facts().title(), meeting.facts().startDate(),
                meeting.facts().endDate(), presentation);
    }

    /** The meeting exists, and the presentation (when named) is one of its programme. */
    private void checkPresentedAt(PracticeFacts facts) {
        if (facts.meetingId() == null) {
            return;
        }
        Optional<MeetingSummary> meeting = meetings.list().stream().filter(m -> m.id() == facts.meetingId()).findFirst();
        if (meeting.isEmpty()) {
            throw new ValidationFailedException(Violation.of("meeting", "practice.error.meetingUnknown", facts.meetingId()));
        }
        if (facts.presentationId() != null
                && presentation(meetings.details(facts.meetingId()), facts.presentationId()).isEmpty()) {
            throw new ValidationFailedException(Violation.of("presentation", "practice.error.presentationNotInMeeting"));
        }
    }

    private static Optional<PresentationView> presentation(MeetingDetails meeting, long presentationId) {
        return meeting.sessions().stream().flatMap(s -> s.presentations().stream())
                .filter(p -> p.id() == presentationId).findFirst();
    }

    private List<PracticeSummary> summaries(List<PracticeEntity> practices) {
        return PracticeSummaries.of(practices, store, meetings);
    }

    private static boolean isFacilitator() {
        return Roles.current(Roles.FACILITATOR);
    }

    private static String subject(long practiceId) {
        return "practice " + practiceId;
    }
}
