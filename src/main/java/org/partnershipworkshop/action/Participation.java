package org.partnershipworkshop.action;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.DocumentKey;
import org.partnershipworkshop.canvas.DocumentRules;
import org.partnershipworkshop.canvas.DocumentStore;
import org.partnershipworkshop.library.LibraryRef;
import org.partnershipworkshop.library.LibraryService;
import org.partnershipworkshop.survey.Questionnaire;
import org.partnershipworkshop.survey.SurveyChannel;
import org.partnershipworkshop.survey.SurveyOwner;
import org.partnershipworkshop.survey.SurveyService;
import org.partnershipworkshop.survey.SurveySpec;
import org.springframework.stereotype.Service;

/**
 * Who takes part in an action, kept in step everywhere it matters: a library added gets its row, its empty
 * report (a document of the one store, template {@value #REPORT_TEMPLATE}) and its channel of the reader survey,
 * whose last day is the action's last day. Called inside the action services' transactions.
 */
@Service
class Participation {

    static final String OWNER_KIND = "action";
    static final String REPORT_OWNER = "action-library";
    static final String REPORT_SHEET = "report";
    static final String REPORT_TEMPLATE = "action-report";

    private final ParticipantRepository participants;
    private final LibraryService libraries;
    private final SurveyService surveys;
    private final DocumentStore documents;

    Participation(ParticipantRepository participants, LibraryService libraries, SurveyService surveys,
                  DocumentStore documents) {
        this.participants = participants;
        this.libraries = libraries;
        this.surveys = surveys;
        this.documents = documents;
    }

    static SurveyOwner survey(long actionId) {
        return new SurveyOwner(OWNER_KIND, actionId);
    }

    static DocumentKey report(long participantId) {
        return new DocumentKey(REPORT_OWNER, participantId, REPORT_SHEET);
    }

    /** Adds the libraries not yet taking part (each must exist and not be archived); answers the rows added. */
    List<ParticipantEntity> add(long actionId, Collection<Long> libraryIds, Joined joined, Instant now) {
        Map<Long, LibraryRef> refs = libraries.refs(libraryIds);
        List<Violation> problems = new ArrayList<>();
        for (Long id : libraryIds) {
            LibraryRef ref = refs.get(id);
            if (ref == null) {
                problems.add(Violation.of("libraries", "action.error.noLibrary", id));
            } else if (ref.archived()) {
                problems.add(Violation.of("libraries", "action.error.archived", ref.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        List<ParticipantEntity> added = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(libraryIds)) {
            if (!participants.existsByActionIdAndLibraryId(actionId, id)) {
                ParticipantEntity row = participants.save(new ParticipantEntity(actionId, id, joined, now));
                documents.create(report(row.id()), REPORT_TEMPLATE, Canvas.EMPTY, DocumentRules.NONE);
                added.add(row);
            }
        }
        if (!added.isEmpty()) {
            surveys.addChannels(survey(actionId), added.stream().map(r -> refs.get(r.libraryId()))
                    .map(l -> new SurveyChannel(l.id(), l.name(), l.municipality())).toList());
        }
        return added;
    }

    /** The survey's spec for the action as it is now: its title, language, last day, and every library as a channel. */
    SurveySpec spec(long actionId, ActionFacts facts, Questionnaire questionnaire) {
        List<ParticipantEntity> rows = participants.findByActionId(actionId);
        Map<Long, LibraryRef> refs = libraries.refs(rows.stream().map(ParticipantEntity::libraryId).toList());
        List<SurveyChannel> channels = rows.stream().map(r -> refs.get(r.libraryId())).filter(java.util.Objects::nonNull)
                .map(l -> new SurveyChannel(l.id(), l.name(), l.municipality())).toList();
        return new SurveySpec(facts.title(), facts.language(), questionnaire, facts.ends(), channels);
    }

    /** Brings the survey's channels, title and last day in step with the action. */
    void syncSurvey(long actionId, ActionFacts facts) {
        surveys.find(survey(actionId)).ifPresent(info -> surveys.update(survey(actionId), spec(actionId, facts, info.questionnaire())));
    }

    /** Takes the row out with its (empty) report; the survey loses the library's channel. */
    void remove(ParticipantEntity row) {
        documents.delete(report(row.id()));
        participants.delete(row);
        participants.flush();
    }
}
