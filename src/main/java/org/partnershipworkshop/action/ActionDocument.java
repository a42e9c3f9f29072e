package org.partnershipworkshop.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnershipworkshop.base.JsonChecks;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.survey.Questionnaire;
import tools.jackson.databind.JsonNode;

/**
 * An action as a {@code workshop-action/1} document (docs/formats/workshop-action-1.md): its facts, the reader
 * questionnaire, and the libraries taking part by registry key with how they joined and their plans of events.
 * Reading checks every rule of the records it binds to and reports the first broken one with its path; the
 * document written for an action reads back to the same document.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "title", "kind", "language", "starts", "ends", "reportsDue", "summary", "organiser",
        "coordinator", "contact", "hashtags", "regulation", "stages", "partners", "questionnaire", "libraries"})
public record ActionDocument(String format, String title, ActionKind kind, String language, LocalDate starts,
                             LocalDate ends, LocalDate reportsDue, Closing summary, String organiser, String coordinator,
                             String contact, List<String> hashtags, List<RegulationPart> regulation, List<Stage> stages,
                             List<String> partners, Questionnaire questionnaire, List<Participant> libraries) {

    public static final String FORMAT = "workshop-action/1";
    public static final int MAX_LIBRARIES = 5_000;

    /** A library taking part: its registry key, how it joined, its plan of events. */
    public record Participant(String library, Joined joined, List<LibraryEvent> events) {

        public Participant {
            if (library == null || library.isBlank()) {
                throw new ValidationFailedException(Violation.of("library", "error.required"));
            }
            joined = joined == null ? Joined.INVITED : joined;
            events = List.copyOf(events == null ? List.of() : events);
            if (events.size() > Limits.ENTRIES) {
                throw new ValidationFailedException(Violation.of("events", "error.tooMany", Limits.ENTRIES, events.size()));
            }
        }
    }

    public ActionDocument {
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        regulation = regulation == null ? List.of() : List.copyOf(regulation);
        stages = stages == null ? List.of() : List.copyOf(stages);
        partners = partners == null ? List.of() : List.copyOf(partners);
        libraries = libraries == null ? List.of() : List.copyOf(libraries);
    }

    static ActionDocument of(ActionFacts f, Questionnaire questionnaire, List<Participant> libraries) {
        return new ActionDocument(FORMAT, f.title(), f.kind(), f.language().code(), f.starts(), f.ends(), f.reportsDue(),
                f.summary(), f.organiser(), f.coordinator(), f.contact(), f.hashtags(), f.regulation(), f.stages(),
                f.partners(), questionnaire, libraries);
    }

    /** The document's bytes read and checked: the format, every rule of the facts, each library once. */
    static ActionDocument read(byte[] content) {
        JsonNode root = JsonChecks.parse(content);
        if (!root.isObject()) {
            throw new ValidationFailedException(Violation.of("", "error.notObject"));
        }
        String format = root.path("format").asString("");
        if (!FORMAT.equals(format)) {
            throw new ValidationFailedException(Violation.of("format", "error.formatUnsupported", format, FORMAT));
        }
        ActionDocument document = JsonChecks.bind(root, ActionDocument.class);
        document.facts();
        if (document.libraries().size() > MAX_LIBRARIES) {
            throw new ValidationFailedException(Violation.of("libraries", "error.tooMany", MAX_LIBRARIES, document.libraries().size()));
        }
        Set<String> keys = new HashSet<>();
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < document.libraries().size(); i++) {
            if (!keys.add(document.libraries().get(i).library())) {
                problems.add(Violation.of("libraries[" + i + "].library", "action.error.libraryTwice", document.libraries().get(i).library()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return document;
    }

    /** The facts this document gives; their rules are checked here. */
    ActionFacts facts() {
        Language lang = language == null ? null : Language.fromCode(language)
                .orElseThrow(() -> new ValidationFailedException(Violation.of("language", "error.languageUnknown", language, "bg, ru, en")));
        return new ActionFacts(title, kind, lang, starts, ends, reportsDue, summary, organiser, coordinator, contact,
                hashtags, regulation, stages, partners);
    }
}
