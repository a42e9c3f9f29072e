package org.partnershipworkshop.survey;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Csv;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Messages;
import org.partnershipworkshop.documents.XlsxSheetWriter;
import org.springframework.stereotype.Component;

/**
 * A survey's answers as a table for the libraries' own analysis, one row per answer: its number, channel and
 * group, when, and one column per question in the survey's language (options by their labels, ratings as
 * numbers, yes/no as words, texts as written). CSV through {@link Csv}, XLSX streamed through
 * {@link XlsxSheetWriter}.
 */
@Component
class SurveyExport {

    private final Messages messages;

    SurveyExport(Messages messages) {
        this.messages = messages;
    }

    SurveyFile write(FormCode code, String title, Language language, Questionnaire questionnaire,
                     List<SurveyChannel> channels, Consumer<Consumer<AnswerStore.Stored>> answers, SurveyFormat format) {
        Map<Long, SurveyChannel> byId = new HashMap<>();
        channels.forEach(c -> byId.put(c.id(), c));
        List<String> headers = new ArrayList<>(List.of(messages.get("survey.export.number", language),
                messages.get("survey.export.channel", language), messages.get("survey.export.group", language),
                messages.get("survey.export.submitted", language)));
        questionnaire.questions().forEach(q -> headers.add(q.labels().in(language)));
        String stem = "survey-" + code.value();
        if (format == SurveyFormat.CSV) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(headers);
            int[] n = {0};
            answers.accept(a -> rows.add(row(++n[0], a, byId, questionnaire, language).stream()
                    .map(v -> v == null ? "" : v.toString()).toList()));
            return new SurveyFile(stem + ".csv", "text/csv;charset=UTF-8", Csv.write(rows));
        }
        try (XlsxSheetWriter xlsx = new XlsxSheetWriter()) {
            int[] widths = new int[headers.size()];
            widths[0] = 8;
            widths[1] = 40;
            widths[2] = 28;
            widths[3] = 18;
            for (int i = 4; i < widths.length; i++) {
                widths[i] = questionnaire.questions().get(i - 4).kind() == QuestionKind.LONG ? 60 : 16;
            }
            xlsx.sheet(messages.get("survey.export.sheet", language), headers, widths);
            int[] n = {0};
            answers.accept(a -> xlsx.row(row(++n[0], a, byId, questionnaire, language).toArray()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            xlsx.write(out);
            return new SurveyFile(stem + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    out.toByteArray());
        }
    }

    private List<Object> row(int number, AnswerStore.Stored answer, Map<Long, SurveyChannel> channels,
                             Questionnaire questionnaire, Language language) {
        SurveyChannel channel = channels.get(answer.channel());
        List<Object> row = new ArrayList<>();
        row.add(number);
        row.add(channel == null ? null : channel.name());
        row.add(channel == null ? null : channel.group());
        row.add(answer.submittedAt().atZone(ZoneId.systemDefault()).toLocalDateTime().withNano(0).toString().replace('T', ' '));
        for (Question q : questionnaire.questions()) {
            List<String> values = answer.reply().values().getOrDefault(q.id(), List.of());
            if (values.isEmpty()) {
                row.add(null);
                continue;
            }
            row.add(switch (q.kind()) {
                case SINGLE, SEVERAL -> String.join("; ", values.stream().map(v -> q.choices().stream()
                        .filter(c -> c.id().equals(v)).map(c -> c.labels().in(language)).findFirst().orElse(v)).toList());
                case RATING -> Integer.valueOf(values.getFirst());
                case YESNO -> messages.get(Reply.YES.equals(values.getFirst()) ? "survey.yes" : "survey.no", language);
                default -> values.getFirst();
            });
        }
        return row;
    }
}
