package org.partnershipworkshop.action;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Messages;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.documents.DocxPrinter;
import org.partnershipworkshop.documents.Labels;
import org.partnershipworkshop.documents.PdfPrinter;
import org.partnershipworkshop.survey.SurveyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An action printed (decision 0192): the regional summary as PDF and DOCX (the same content and order), the
 * letters of thanks, and the ranking of the most active libraries they go to by default — all in the action's
 * language. Managers and above; a library's account gets none of it.
 */
@Service
public class ActionPrintService {

    private final ActionService actions;
    private final ReportService reports;
    private final SurveyService surveys;
    private final ParticipantRepository participants;
    private final Messages messages;

    ActionPrintService(ActionService actions, ReportService reports, SurveyService surveys,
                       ParticipantRepository participants, Messages messages) {
        this.actions = actions;
        this.reports = reports;
        this.surveys = surveys;
        this.participants = participants;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public ActionFile summaryPdf(long actionId) {
        Summary summary = summary(actionId);
        Labels labels = labels(summary.facts());
        SummaryLayout layout = new SummaryLayout(summary, labels);
        byte[] pdf = layout.print(new PdfPrinter(labels, summary.facts().title(), summary.facts().organiser(), layout.parts(), false));
        return new ActionFile(name("summary", actionId, "pdf"), ActionFile.PDF, pdf);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public ActionFile summaryDocx(long actionId) {
        Summary summary = summary(actionId);
        Labels labels = labels(summary.facts());
        byte[] docx = new SummaryLayout(summary, labels).print(new DocxPrinter(labels, summary.facts().title(), false));
        return new ActionFile(name("summary", actionId, "docx"), ActionFile.DOCX, docx);
    }

    /**
     * The letters of thanks, one page per library in the order given; none given: the first
     * {@value Ranking#LETTERS} of the ranking with an event held and their report in.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public ActionFile letters(long actionId, List<Long> libraryIds) {
        Dashboard dashboard = actions.dashboard(actionId);
        List<Long> chosen = libraryIds == null || libraryIds.isEmpty()
                ? Ranking.thanked(dashboard, Ranking.of(dashboard)) : libraryIds;
        Map<Long, Standing> byId = new java.util.HashMap<>();
        dashboard.libraries().forEach(s -> byId.put(s.libraryId(), s));
        List<Standing> thanked = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(chosen)) {
            Standing s = id == null ? null : byId.get(id);
            if (s == null) {
                problems.add(Violation.of("library", "actionprint.error.notTakingPart", String.valueOf(id)));
            } else {
                thanked.add(s);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        if (thanked.isEmpty()) {
            throw ValidationFailedException.of("actionprint.error.nobodyToThank");
        }
        ActionFacts facts = dashboard.action().facts();
        return new ActionFile(name("letters", actionId, "pdf"), ActionFile.PDF, new Letters(facts, labels(facts)).print(thanked));
    }

    /** Every library of the action by its score (see {@link Ranked} for the weights), the most active first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public List<Ranked> ranking(long actionId) {
        return Ranking.of(actions.dashboard(actionId));
    }

    private Summary summary(long actionId) {
        Dashboard dashboard = actions.dashboard(actionId);
        Map<EventForm, Summary.Forms> forms = new EnumMap<>(EventForm.class);
        for (ParticipantEntity row : participants.findByActionId(actionId)) {
            for (LibraryEvent e : row.events()) {
                Summary.Forms f = forms.getOrDefault(e.form(), new Summary.Forms(0, 0));
                forms.put(e.form(), new Summary.Forms(f.planned() + 1, f.held() + (e.held() ? 1 : 0)));
            }
        }
        return new Summary(dashboard.action().facts(), dashboard, reports.reports(actionId),
                surveys.results(Participation.survey(actionId)), forms, Ranking.of(dashboard));
    }

    private Labels labels(ActionFacts facts) {
        return Labels.of(messages, facts.language());
    }

    private static String name(String what, long actionId, String extension) {
        return "action-" + actionId + "-" + what + "." + extension;
    }
}
