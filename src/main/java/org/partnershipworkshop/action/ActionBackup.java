package org.partnershipworkshop.action;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.JsonChecks;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.interchange.BackupPart;
import org.partnershipworkshop.library.LibraryRef;
import org.partnershipworkshop.library.LibraryService;
import org.partnershipworkshop.survey.StoredAnswer;
import org.partnershipworkshop.survey.SurveyInfo;
import org.partnershipworkshop.survey.SurveyService;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network actions in a backup ({@code actions.json}, format {@code workshop-actions/1}), restored after the
 * libraries they name by key: each action as its workshop-action/1 document, its reader survey's code (printed
 * posters keep working), whether it was open and every answer (by library key; the devices' salted hashes, never
 * a key), and every library's report — its text at its current revision, where it stood, when it came in and was
 * reviewed, the coordinator's comment, the figures. A restore is all or nothing, and refused while actions exist.
 */
@Service
@Order(40)
class ActionBackup implements BackupPart {

    static final String FILE = "actions.json";
    static final String FORMAT = "workshop-actions/1";

    record Part(String format, List<Saved> actions) {
    }

    record Saved(ActionDocument document, Survey survey, List<Report> reports) {
    }

    record Survey(String code, boolean open, List<Answer> answers) {
    }

    record Answer(String library, String deviceHash, Map<String, List<String>> values, Instant submittedAt, Instant updatedAt) {
    }

    /** Where a report stood: its status, when it came in and was reviewed, by whom, the comment, the figures. */
    record Way(ReportStatus status, Instant submittedAt, Instant reviewedAt, String reviewedBy, String comment,
               ReportFigures figures) {
    }

    record Report(String library, Way way, Map<String, List<String>> sections, List<File> attachments) {
    }

    /** An attached file: its name, bytes (base64 in the JSON), when and by whom it was added. */
    record File(String fileName, byte[] content, Instant addedAt, String addedBy) {
    }

    private final ActionRepository actions;
    private final ActionService service;
    private final ReportService reports;
    private final SurveyService surveys;
    private final LibraryService libraries;
    private final AttachmentStore files;
    private final ParticipantRepository participants;

    ActionBackup(ActionRepository actions, ActionService service, ReportService reports, SurveyService surveys,
                 LibraryService libraries, AttachmentStore files, ParticipantRepository participants) {
        this.files = files;
        this.participants = participants;
        this.actions = actions;
        this.service = service;
        this.reports = reports;
        this.surveys = surveys;
        this.libraries = libraries;
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public String restoreBlockedBy() {
        return actions.count() == 0 ? null : "action.error.actionsPresent";
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN)
    public byte[] export() {
        List<Saved> saved = new ArrayList<>();
        for (ActionEntity a : actions.newestFirst().reversed()) {
            ActionDocument document = service.document(a.id());
            List<LibraryReport> all = reports.reports(a.id());
            Map<Long, String> keys = keys(all.stream().map(LibraryReport::libraryId).toList());
            SurveyInfo info = surveys.find(ActionSurvey.of(a.id())).orElse(null);
            Survey survey = info == null ? null : new Survey(info.code().value(), info.open(),
                    surveys.storedAnswers(ActionSurvey.of(a.id())).stream().map(s -> new Answer(keys.get(s.channel()),
                            s.deviceHash(), s.values(), s.submittedAt(), s.updatedAt())).toList());
            List<Report> written = all.stream().map(r -> new Report(keys.get(r.libraryId()),
                    new Way(r.status(), r.submittedAt(), r.reviewedAt(), r.reviewedBy(), r.comment(), r.corrections()),
                    r.sections(), attachments(a.id(), r.libraryId()))).toList();
            saved.add(new Saved(document, survey, written));
        }
        return Json.MAPPER.writeValueAsBytes(new Part(FORMAT, saved));
    }

    @Override
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void restore(byte[] content) {
        Part part = JsonChecks.bind(JsonChecks.parse(content), Part.class);
        if (!FORMAT.equals(part.format())) {
            throw new ValidationFailedException(Violation.of("format", "error.formatUnsupported", part.format(), FORMAT));
        }
        for (int i = 0; i < part.actions().size(); i++) {
            Saved saved = part.actions().get(i);
            try {
                restore(saved);
            } catch (ValidationFailedException e) {
                String at = "actions[" + i + "]";
                throw new ValidationFailedException(e.violations().stream().map(v -> v.under(at)).toList());
            }
        }
    }

    private void restore(Saved saved) {
        long id = service.importDocument(Json.MAPPER.writeValueAsBytes(saved.document()));
        Map<String, LibraryRef> byKey = libraries.refsByKey(saved.document().libraries().stream()
                .map(ActionDocument.Participant::library).toList());
        if (saved.survey() != null) {
            surveys.restoreCode(ActionSurvey.of(id), saved.survey().code(), saved.survey().open());
            surveys.restoreAnswers(ActionSurvey.of(id), saved.survey().answers().stream()
                    .map(a -> new StoredAnswer(a.library() == null ? 0 : byKey.get(a.library()).id(), a.deviceHash(), a.values(),
                            a.submittedAt(), a.updatedAt())).toList());
        }
        for (Report r : saved.reports() == null ? List.<Report>of() : saved.reports()) {
            long libraryId = byKey.get(r.library()).id();
            if (r.sections() != null && r.sections().values().stream().anyMatch(p -> !p.isEmpty())) {
                reports.replace(id, libraryId, reports.text(id, libraryId).revision(), ReportTexts.canvas(r.sections()));
            }
            reports.restored(id, libraryId, r.way());
            long participant = participants.findByActionIdAndLibraryId(id, libraryId).orElseThrow().id();
            for (File f : r.attachments() == null ? List.<File>of() : r.attachments()) {
                files.add(participant, AttachmentKind.check(f.fileName(), f.content()), f.content(), f.addedAt(), f.addedBy());
            }
        }
    }

    private List<File> attachments(long actionId, long libraryId) {
        long participant = participants.findByActionIdAndLibraryId(actionId, libraryId).orElseThrow().id();
        return files.list(participant).stream().map(a -> new File(a.fileName(), files.content(participant, a.id()).orElseThrow(),
                a.addedAt(), a.addedBy())).toList();
    }

    private Map<Long, String> keys(List<Long> libraryIds) {
        Map<Long, String> keys = new java.util.HashMap<>();
        libraries.refs(libraryIds).forEach((id, ref) -> keys.put(id, ref.key()));
        return keys;
    }
}
