package org.partnershipworkshop.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.partnershipworkshop.survey.SurveyResults.ChannelResult;
import org.partnershipworkshop.survey.SurveyResults.GroupResult;
import org.partnershipworkshop.survey.SurveyResults.QuestionResult;
import org.partnershipworkshop.survey.SurveyResults.TextAnswer;
import org.partnershipworkshop.survey.SurveyResults.ValueCount;

/** Turns the database's counts per channel, question and value into a survey's results. */
final class Tally {

    static final int TEXTS_SHOWN = 200;

    private Tally() {
    }

    static SurveyResults of(Questionnaire questionnaire, List<SurveyChannel> channels, Map<Long, Long> answersByChannel,
                            List<AnswerStore.Count> counts, Map<String, List<AnswerStore.Written>> texts,
                            Map<String, Long> answered) {
        Map<Long, String> names = new HashMap<>();
        channels.forEach(c -> names.put(c.id(), c.name()));
        List<QuestionResult> questions = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            if (q.kind().isText()) {
                List<TextAnswer> written = texts.getOrDefault(q.id(), List.of()).stream()
                        .map(w -> new TextAnswer(w.channel(), names.getOrDefault(w.channel(), ""), w.text())).toList();
                long count = answered.getOrDefault(q.id(), 0L);
                questions.add(new QuestionResult(q.id(), q.kind(), q.labels(), null, count, null, null, written, count));
                continue;
            }
            Map<String, Long> byValue = new LinkedHashMap<>();
            values(q).forEach(v -> byValue.put(v, 0L));
            counts.stream().filter(c -> c.question().equals(q.id()) && byValue.containsKey(c.answer()))
                    .forEach(c -> byValue.merge(c.answer(), c.count(), Long::sum));
            List<ValueCount> distribution = byValue.entrySet().stream().map(e -> new ValueCount(e.getKey(),
                    q.choices().stream().filter(c -> c.id().equals(e.getKey())).map(Choice::labels).findFirst().orElse(null),
                    e.getValue())).toList();
            Double average = q.kind() == QuestionKind.RATING ? average(byValue) : null;
            questions.add(new QuestionResult(q.id(), q.kind(), q.labels(), q.scale(),
                    answered.getOrDefault(q.id(), 0L), average, distribution, null, null));
        }
        Map<Long, List<AnswerStore.Count>> countsByChannel = new HashMap<>();
        counts.forEach(c -> countsByChannel.computeIfAbsent(c.channel(), k -> new ArrayList<>()).add(c));
        List<ChannelResult> byChannel = new ArrayList<>();
        Map<String, List<SurveyChannel>> groups = new TreeMap<>();
        for (SurveyChannel c : channels) {
            byChannel.add(new ChannelResult(c.id(), c.name(), c.group(), answersByChannel.getOrDefault(c.id(), 0L),
                    averages(questionnaire, countsByChannel, java.util.Set.of(c.id()))));
            if (c.group() != null) {
                groups.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c);
            }
        }
        if (channels.isEmpty() && answersByChannel.containsKey(SurveyChannel.NONE)) {
            byChannel.add(new ChannelResult(SurveyChannel.NONE, "", null, answersByChannel.get(SurveyChannel.NONE),
                    averages(questionnaire, countsByChannel, java.util.Set.of(SurveyChannel.NONE))));
        }
        List<GroupResult> byGroup = new ArrayList<>();
        groups.forEach((group, members) -> {
            java.util.Set<Long> ids = new java.util.HashSet<>();
            members.forEach(m -> ids.add(m.id()));
            long answers = ids.stream().mapToLong(id -> answersByChannel.getOrDefault(id, 0L)).sum();
            byGroup.add(new GroupResult(group, members.size(), answers, averages(questionnaire, countsByChannel, ids)));
        });
        long total = answersByChannel.values().stream().mapToLong(Long::longValue).sum();
        return new SurveyResults(total, questions, byChannel, byGroup);
    }

    /** The values a counted question's distribution lists, in order: its options, 1…scale, yes and no. */
    static List<String> values(Question q) {
        return switch (q.kind()) {
            case SINGLE, SEVERAL -> q.choices().stream().map(Choice::id).toList();
            case RATING -> java.util.stream.IntStream.rangeClosed(1, q.scale()).mapToObj(Integer::toString).toList();
            case YESNO -> List.of(Reply.YES, Reply.NO);
            default -> List.of();
        };
    }

    /** Each rating question's average over the channels, from the counts already grouped by channel. */
    private static Map<String, Double> averages(Questionnaire questionnaire, Map<Long, List<AnswerStore.Count>> counts,
                                                java.util.Set<Long> channels) {
        Map<String, Double> averages = new LinkedHashMap<>();
        for (Question q : questionnaire.questions()) {
            if (q.kind() != QuestionKind.RATING) {
                continue;
            }
            Map<String, Long> byValue = new HashMap<>();
            channels.stream().flatMap(channel -> counts.getOrDefault(channel, List.of()).stream())
                    .filter(c -> c.question().equals(q.id()))
                    .forEach(c -> byValue.merge(c.answer(), c.count(), Long::sum));
            Double average = average(byValue);
            if (average != null) {
                averages.put(q.id(), average);
            }
        }
        return averages;
    }

    private static Double average(Map<String, Long> byValue) {
        long n = 0;
        double sum = 0;
        for (Map.Entry<String, Long> e : byValue.entrySet()) {
            try {
                sum += Integer.parseInt(e.getKey()) * (double) e.getValue();
                n += e.getValue();
            } catch (NumberFormatException ignored) {
                // not a rating value
            }
        }
        return n == 0 ? null : Math.round(sum / n * 100) / 100.0;
    }
}
