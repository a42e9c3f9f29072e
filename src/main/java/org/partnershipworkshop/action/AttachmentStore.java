package org.partnershipworkshop.action;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reports' attachments in plain SQL: their bytes are read only when a file is downloaded. */
@Component
class AttachmentStore {

    private final JdbcClient sql;

    AttachmentStore(DataSource dataSource) {
        this.sql = JdbcClient.create(dataSource);
    }

    List<ReportAttachment> list(long participant) {
        return sql.sql("select id, file_name, media_type, size_bytes, added_at, added_by from action_attachment where participant_id = ? order by id")
                .param(participant).query((rs, n) -> new ReportAttachment(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getString(6))).list();
    }

    Optional<byte[]> content(long participant, long id) {
        return sql.sql("select content from action_attachment where participant_id = ? and id = ?").params(participant, id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    void add(long participant, AttachmentKind.Checked file, byte[] content, Instant at, String by) {
        sql.sql("insert into action_attachment (participant_id, file_name, media_type, size_bytes, content, added_at, added_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(participant, file.fileName(), file.mediaType(), content.length, content, Timestamp.from(at), by).update();
    }

    boolean remove(long participant, long id) {
        return sql.sql("delete from action_attachment where participant_id = ? and id = ?").params(participant, id).update() > 0;
    }
}
