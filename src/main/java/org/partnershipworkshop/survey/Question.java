package org.partnershipworkshop.survey;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * One question: its id (the answers refer to it), what it asks for, whether an answer must give it, the scale of
 * a rating (5 or 10), its wording, and the options of a choice question (2 to {@value #MAX_OPTIONS}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Question(String id, QuestionKind kind, boolean required, Integer scale, Translated labels,
                       List<Choice> options) {

    public static final int MAX_OPTIONS = 20;
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

    public Question {
        checkId(id, "id");
        if (kind == null) {
            throw new ValidationFailedException(Violation.of("kind", "error.required"));
        }
        if (labels == null) {
            throw new ValidationFailedException(Violation.of("labels", "error.required"));
        }
        if (kind == QuestionKind.RATING) {
            scale = scale == null ? 5 : scale;
            if (scale != 5 && scale != 10) {
                throw new ValidationFailedException(Violation.of("scale", "survey.error.scale"));
            }
        } else {
            scale = null;
        }
        if (kind.hasOptions()) {
            options = List.copyOf(options == null ? List.of() : options);
            if (options.size() < 2 || options.size() > MAX_OPTIONS) {
                throw new ValidationFailedException(Violation.of("options", "survey.error.options", 2, MAX_OPTIONS));
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < options.size(); i++) {
                if (!ids.add(options.get(i).id())) {
                    throw new ValidationFailedException(Violation.of("options[" + i + "].id", "survey.error.duplicateId", options.get(i).id()));
                }
            }
        } else {
            options = null;
        }
    }

    static void checkId(String id, String path) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new ValidationFailedException(Violation.of(path, "survey.error.id"));
        }
    }

    /** The options, empty for a question without them. */
    public List<Choice> choices() {
        return options == null ? List.of() : options;
    }

    /** Whether {@code other} takes the same answers: same id, kind, scale and option ids (wording may differ). */
    boolean answersAlike(Question other) {
        return id.equals(other.id) && kind == other.kind && java.util.Objects.equals(scale, other.scale)
                && choices().stream().map(Choice::id).toList().equals(other.choices().stream().map(Choice::id).toList());
    }
}
