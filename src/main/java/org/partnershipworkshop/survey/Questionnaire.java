package org.partnershipworkshop.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Text;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * The questions of a survey, in order (1 to {@value #MAX_QUESTIONS}, ids unique). It reads an answer as sent —
 * a map of question id to a value of the question's kind — into a {@link Reply}, reporting every problem with
 * its path ({@code answers.visits}).
 */
public record Questionnaire(List<Question> questions) {

    public static final int MAX_QUESTIONS = 60;
    public static final int SHORT_TEXT = Limits.TITLE;
    public static final int LONG_TEXT = Limits.TEXT;

    public Questionnaire {
        questions = List.copyOf(questions == null ? List.of() : questions);
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            throw new ValidationFailedException(Violation.of("questions", "survey.error.questions", 1, MAX_QUESTIONS));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            if (!ids.add(questions.get(i).id())) {
                throw new ValidationFailedException(Violation.of("questions[" + i + "].id", "survey.error.duplicateId",
                        questions.get(i).id()));
            }
        }
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /**
     * Whether answers given to this questionnaire still mean the same under {@code next}: every question kept with
     * its kind, scale and options (wording, order, "required" and new questions may change).
     */
    public boolean keepsAnswersOf(Questionnaire next) {
        return questions.stream().allMatch(q -> next.question(q.id()).filter(q::answersAlike).isPresent());
    }

    /** An answer as sent (values as JSON gives them: text, number, true/false, a list of texts). */
    public Reply read(Map<String, Object> sent) {
        List<Violation> problems = new ArrayList<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, Object> given = sent == null ? Map.of() : sent;
        for (String id : given.keySet()) {
            if (question(id).isEmpty()) {
                problems.add(Violation.of("answers." + id, "survey.error.unknownQuestion"));
            }
        }
        for (Question q : questions) {
            String at = "answers." + q.id();
            Object value = given.get(q.id());
            List<String> read = value == null ? List.of() : value(q, value, at, problems);
            if (read.isEmpty() && q.required() && (value == null || problems.stream().noneMatch(p -> p.path().equals(at)))) {
                problems.add(Violation.of(at, "error.required"));
            }
            if (!read.isEmpty()) {
                values.put(q.id(), read);
            }
        }
        if (problems.isEmpty() && values.isEmpty()) {
            problems.add(Violation.of("answers", "survey.error.empty"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return new Reply(values);
    }

    private static List<String> value(Question q, Object value, String at, List<Violation> problems) {
        switch (q.kind()) {
            case SINGLE -> {
                if (value instanceof String s && !s.isBlank()) {
                    return option(q, s, at, problems).map(List::of).orElse(List.of());
                }
                problems.add(Violation.of(at, "survey.error.oneOption"));
            }
            case SEVERAL -> {
                if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                    List<String> picked = new ArrayList<>();
                    for (Object o : new java.util.LinkedHashSet<>(list)) {
                        option(q, (String) o, at, problems).ifPresent(picked::add);
                    }
                    return picked;
                }
                problems.add(Violation.of(at, "survey.error.options"));
            }
            case RATING -> {
                if (value instanceof Integer n && n >= 1 && n <= q.scale()) {
                    return List.of(Integer.toString(n));
                }
                problems.add(Violation.of(at, "survey.error.rating", 1, q.scale()));
            }
            case YESNO -> {
                if (value instanceof Boolean b) {
                    return List.of(b ? Reply.YES : Reply.NO);
                }
                problems.add(Violation.of(at, "survey.error.yesNo"));
            }
            case SHORT, LONG -> {
                if (value instanceof String s) {
                    String text = Text.clean(s).strip();
                    int max = q.kind() == QuestionKind.SHORT ? SHORT_TEXT : LONG_TEXT;
                    if (Text.length(text) > max) {
                        problems.add(Violation.of(at, "error.tooLong", max, Text.length(text)));
                        return List.of();
                    }
                    return text.isEmpty() ? List.of() : List.of(text);
                }
                problems.add(Violation.of(at, "error.notString"));
            }
        }
        return List.of();
    }

    private static Optional<String> option(Question q, String id, String at, List<Violation> problems) {
        if (q.choices().stream().anyMatch(c -> c.id().equals(id))) {
            return Optional.of(id);
        }
        problems.add(Violation.of(at, "survey.error.unknownOption", id));
        return Optional.empty();
    }
}
