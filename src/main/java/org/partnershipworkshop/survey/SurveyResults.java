package org.partnershipworkshop.survey;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What a survey's answers say: how many, per question its distribution (and a rating's average, the share of
 * yes), the newest texts with their channel; per channel and per group of channels (a municipality) the answers
 * and each rating's average.
 */
public record SurveyResults(long answers, List<QuestionResult> questions, List<ChannelResult> byChannel,
                            List<GroupResult> byGroup) {

    /** One question's figures; {@code average} only for ratings, {@code texts} only for text questions. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionResult(String id, QuestionKind kind, Translated labels, Integer scale, long answered,
                                 Double average, List<ValueCount> distribution, List<TextAnswer> texts, Long textCount) {
    }

    /** How often one value was given: an option (with its labels), a rating's number, yes or no. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ValueCount(String value, Translated labels, long count) {
    }

    /** A text answer and the channel it came through. */
    public record TextAnswer(long channel, String channelName, String text) {
    }

    /** A channel's answers and, per rating question, its average (absent when nobody rated it there). */
    public record ChannelResult(long channel, String name, String group, long answers, Map<String, Double> averages) {
    }

    /** The same for a group of channels. */
    public record GroupResult(String group, int channels, long answers, Map<String, Double> averages) {
    }

    public java.util.Optional<QuestionResult> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
