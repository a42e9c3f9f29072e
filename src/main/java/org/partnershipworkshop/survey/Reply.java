package org.partnershipworkshop.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's answer as checked against the questionnaire: per answered question its values as text — the
 * option ids of a choice, the number of a rating, {@value #YES} or {@value #NO}, the text written. Unanswered
 * questions are absent.
 */
public record Reply(Map<String, List<String>> values) {

    public static final String YES = "yes";
    public static final String NO = "no";

    public Reply {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /** The answer as a client sends it again: a text, a number, true/false or a list, by question kind. */
    public Map<String, Object> asSent(Questionnaire questionnaire) {
        Map<String, Object> sent = new LinkedHashMap<>();
        values.forEach((id, v) -> questionnaire.question(id).ifPresent(q -> sent.put(id, switch (q.kind()) {
            case SEVERAL -> v;
            case RATING -> Integer.valueOf(v.getFirst());
            case YESNO -> YES.equals(v.getFirst());
            default -> v.getFirst();
        })));
        return sent;
    }
}
