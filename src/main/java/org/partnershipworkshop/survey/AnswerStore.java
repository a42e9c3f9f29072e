package org.partnershipworkshop.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.partnershipworkshop.base.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * A survey's channels and answers in plain SQL: each answer whole (its JSON) and as one row per value, so the
 * results are counted by the database ({@link #counts}) rather than by reading every answer (decision 0190).
 */
@Component
class AnswerStore {

    /** A counted value's frequency in one channel. */
    record Count(long channel, String question, String answer, long count) {
    }

    /** A text answer with its channel. */
    record Written(long channel, String text) {
    }

    /** One stored answer, for the export and the backup. */
    record Stored(long id, long channel, String deviceHash, Reply reply, Instant submittedAt, Instant updatedAt) {
    }

    private static final TypeReference<Map<String, List<String>>> VALUES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JdbcClient sql;

    AnswerStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.sql = JdbcClient.create(jdbc);
    }

    void replaceChannels(long survey, List<SurveyChannel> channels) {
        sql.sql("delete from survey_channel where survey_id = ?").param(survey).update();
        for (SurveyChannel c : channels) {
            sql.sql("insert into survey_channel (survey_id, channel, name, group_name) values (?, ?, ?, ?)")
                    .params(survey, c.id(), c.name(), c.group()).update();
        }
    }

    void addChannels(long survey, List<SurveyChannel> channels) {
        java.util.Set<Long> present = new java.util.HashSet<>(sql.sql("select channel from survey_channel where survey_id = ?")
                .param(survey).query(Long.class).list());
        for (SurveyChannel c : channels) {
            if (present.add(c.id())) {
                sql.sql("insert into survey_channel (survey_id, channel, name, group_name) values (?, ?, ?, ?)")
                        .params(survey, c.id(), c.name(), c.group()).update();
            }
        }
    }

    List<SurveyChannel> channels(long survey) {
        return sql.sql("select channel, name, group_name from survey_channel where survey_id = ? order by name, channel")
                .param(survey).query((rs, n) -> new SurveyChannel(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    Optional<SurveyChannel> channel(long survey, long channel) {
        return sql.sql("select channel, name, group_name from survey_channel where survey_id = ? and channel = ?")
                .params(survey, channel).query((rs, n) -> new SurveyChannel(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    long count(long survey) {
        return sql.sql("select count(*) from survey_answer where survey_id = ?").param(survey).query(Long.class).single();
    }

    Map<Long, Long> countsByChannel(long survey) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        sql.sql("select channel, count(*) from survey_answer where survey_id = ? group by channel").param(survey)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    Optional<Reply> byDevice(long survey, String deviceHash) {
        return sql.sql("select content from survey_answer where survey_id = ? and device_hash = ?")
                .params(survey, deviceHash).query(String.class).optional().map(AnswerStore::reply);
    }

    /** The id of the device's answer to the survey, if it answered. */
    Optional<Long> answerOf(long survey, String deviceHash) {
        return sql.sql("select id from survey_answer where survey_id = ? and device_hash = ?")
                .params(survey, deviceHash).query(Long.class).optional();
    }

    /** Saves the device's answer, replacing its {@code earlier} one ({@link #answerOf}); answers whether there was one. */
    boolean save(long survey, long channel, String deviceHash, Optional<Long> earlier, Reply reply,
                 Questionnaire questionnaire, Instant now) {
        String content = Json.MAPPER.writeValueAsString(reply.values());
        long id;
        if (earlier.isPresent()) {
            id = earlier.get();
            sql.sql("update survey_answer set channel = ?, content = ?, updated_at = ? where id = ?")
                    .params(channel, content, Timestamp.from(now), id).update();
            sql.sql("delete from survey_value where answer_id = ?").param(id).update();
        } else {
            id = insert(survey, channel, deviceHash, content, now, now);
        }
        values(id, survey, channel, reply, questionnaire);
        return earlier.isPresent();
    }

    /** Puts an answer back as it was stored (a backup's restore). */
    void restore(long survey, Questionnaire questionnaire, Stored answer) {
        long id = insert(survey, answer.channel(), answer.deviceHash(), Json.MAPPER.writeValueAsString(answer.reply().values()),
                answer.submittedAt(), answer.updatedAt());
        values(id, survey, answer.channel(), answer.reply(), questionnaire);
    }

    private long insert(long survey, long channel, String deviceHash, String content, Instant submitted, Instant updated) {
        KeyHolder key = new GeneratedKeyHolder();
        sql.sql("insert into survey_answer (survey_id, channel, device_hash, content, submitted_at, updated_at) values (?, ?, ?, ?, ?, ?)")
                .params(survey, channel, deviceHash, content, Timestamp.from(submitted), Timestamp.from(updated))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private void values(long answer, long survey, long channel, Reply reply, Questionnaire questionnaire) {
        List<Object[]> rows = new ArrayList<>();
        reply.values().forEach((question, values) -> {
            boolean text = questionnaire.question(question).map(q -> q.kind().isText()).orElse(true);
            values.forEach(v -> rows.add(new Object[]{answer, survey, channel, question, text ? null : v, text ? v : null}));
        });
        jdbc.batchUpdate("insert into survey_value (answer_id, survey_id, channel, question, answer, text) values (?, ?, ?, ?, ?, ?)", rows);
    }

    List<Count> counts(long survey) {
        return sql.sql("""
                select channel, question, answer, count(*) from survey_value
                where survey_id = ? and answer is not null group by channel, question, answer""")
                .param(survey).query((rs, n) -> new Count(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    /** The newest {@code limit} texts written to the question, and how many there are. */
    List<Written> texts(long survey, String question, int limit) {
        return sql.sql("""
                select channel, text from survey_value where survey_id = ? and question = ? and text is not null
                order by answer_id desc fetch first %d rows only""".formatted(limit))
                .params(survey, question).query((rs, n) -> new Written(rs.getLong(1), rs.getString(2))).list();
    }

    /** Per question, how many answers gave it (people, not ticks: several choices count once). */
    Map<String, Long> answered(long survey) {
        Map<String, Long> answered = new java.util.HashMap<>();
        sql.sql("select question, count(distinct answer_id) from survey_value where survey_id = ? group by question")
                .param(survey).query(rs -> {
                    answered.put(rs.getString(1), rs.getLong(2));
                });
        return answered;
    }

    /** Every answer of the survey, oldest first, to the consumer (the export streams them). */
    void each(long survey, java.util.function.Consumer<Stored> consumer) {
        sql.sql("select id, channel, device_hash, content, submitted_at, updated_at from survey_answer where survey_id = ? order by id")
                .param(survey).query(rs -> {
                    consumer.accept(new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), reply(rs.getString(4)),
                            rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant()));
                });
    }

    void deleteAll(long survey) {
        sql.sql("delete from survey_value where survey_id = ?").param(survey).update();
        sql.sql("delete from survey_answer where survey_id = ?").param(survey).update();
        sql.sql("delete from survey_channel where survey_id = ?").param(survey).update();
    }

    private static Reply reply(String content) {
        return new Reply(Json.MAPPER.readValue(content, VALUES));
    }
}
