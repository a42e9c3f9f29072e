package org.partnershipworkshop.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An installation made before the one document store upgrades without losing a revision: the schema is
 * migrated up to V6, canvases and practice sheets are written as the old code wrote them, then V7 moves them
 * into {@code document} and {@code document_revision} and drops the old tables. Runs on a fresh in-memory H2
 * database, or, under the postgres-tests profile, in a schema of its own on that PostgreSQL server.
 */
class DocumentMigrationTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2024, 5, 14, 9, 30, 0, 0, ZoneOffset.UTC);

    private String url;
    private String user;
    private String schema;

    @BeforeEach
    void freshDatabase() throws SQLException {
        String postgres = System.getProperty("workshop.test.datasource-url", "");
        if (postgres.startsWith("jdbc:postgresql:")) {
            url = postgres;
            user = System.getProperty("workshop.test.datasource-username", "workshop");
            schema = "migration_test_" + Long.toString(System.nanoTime(), 36);
        } else {
            url = "jdbc:h2:mem:migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
            user = "sa";
            schema = null;
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement s = c.createStatement()) {
            s.execute(schema == null ? "shutdown" : "drop schema " + schema + " cascade");
        }
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").target(target);
        if (schema != null) {
            config.schemas(schema).createSchemas(true);
        }
        return config.load();
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, "");
        if (schema != null) {
            c.setSchema(schema);
        }
        return c;
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    /** A group with a canvas of three revisions and a practice with a passport of two and a card of one, as V6 held them. */
    private long[] oldInstallation(Connection c) throws SQLException {
        long meeting = insert(c, "insert into meeting (title, language, start_date, end_date, version, created_at, updated_at)"
                + " values ('Велинград 2012', 'bg', date '2012-05-14', date '2012-05-15', 1, ?, ?)", AT, AT);
        long group = insert(c, "insert into work_group (meeting_id, number, name, template_id) values (?, 2, 'Маса 2', 'smart-diagram')",
                meeting);
        String[] canvas = {"{}", "{\"goal\":[\"Всяко дете чете\"]}", "{\"goal\":[\"Всяко дете чете\",\"Родителите също\"]}"};
        for (int r = 1; r <= 3; r++) {
            insert(c, "insert into canvas_revision (group_id, revision, content, saved_at, saved_by) values (?, ?, ?, ?, ?)",
                    group, r, canvas[r - 1], AT.plusMinutes(r), "table-2");
        }
        insert(c, "insert into canvas (group_id, template_id, revision, content, saved_at, saved_by) values (?, 'smart-diagram', 3, ?, ?, 'table-2')",
                group, canvas[2], AT.plusMinutes(3));
        long practice = insert(c, "insert into practice (language, search_text, version, created_at, created_by, updated_at, updated_by)"
                + " values ('ru', 'лето', 1, ?, 'facilitator', ?, 'facilitator')", AT, AT);
        String[] passport = {"{\"name\":[\"Лето с книгой\"]}", "{\"name\":[\"Лето с книгой\"],\"goals\":[\"Читать летом\"]}"};
        for (int r = 1; r <= 2; r++) {
            insert(c, "insert into practice_sheet_revision (practice_id, kind, revision, content, saved_at, saved_by) values (?, 'passport', ?, ?, ?, ?)",
                    practice, r, passport[r - 1], AT.plusHours(r), r == 1 ? "facilitator" : "methodologist");
        }
        insert(c, "insert into practice_sheet (practice_id, kind, template_id, revision, content, saved_at, saved_by)"
                + " values (?, 'passport', 'practice-passport', 2, ?, ?, 'methodologist')", practice, passport[1], AT.plusHours(2));
        String card = "{\"goal\":[\"Читать летом\"]}";
        insert(c, "insert into practice_sheet_revision (practice_id, kind, revision, content, saved_at, saved_by) values (?, 'project-card', 1, ?, ?, 'facilitator')",
                practice, card, AT.plusHours(3));
        insert(c, "insert into practice_sheet (practice_id, kind, template_id, revision, content, saved_at, saved_by)"
                + " values (?, 'project-card', 'project-card', 1, ?, ?, 'facilitator')", practice, card, AT.plusHours(3));
        return new long[] {group, practice};
    }

    private static List<String> rows(Connection c, String sql, Object... values) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        Object value = r.getObject(i);
                        cells.add(value instanceof java.sql.Timestamp || value instanceof OffsetDateTime
                                ? r.getObject(i, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC).toString()
                                : String.valueOf(value));
                    }
                    rows.add(String.join(" | ", cells));
                }
            }
        }
        return rows;
    }

    private boolean tableExists(Connection c, String table) throws SQLException {
        try (ResultSet r = c.getMetaData().getTables(null, schema, table, null)) {
            if (r.next()) {
                return true;
            }
        }
        try (ResultSet r = c.getMetaData().getTables(null, schema == null ? null : schema.toUpperCase(),
                table.toUpperCase(), null)) {
            return r.next();
        }
    }

    @Test
    void canvasesAndPracticeSheetsMoveWithEveryRevision() throws SQLException {
        flyway("6").migrate();
        long group;
        long practice;
        try (Connection c = connect()) {
            long[] ids = oldInstallation(c);
            group = ids[0];
            practice = ids[1];
        }

        assertThat(flyway("7").migrate().migrationsExecuted).isEqualTo(1);

        try (Connection c = connect()) {
            assertThat(rows(c, "select owner_kind, owner_id, sheet, template_id, revision, content, saved_at, saved_by"
                    + " from document order by owner_kind, sheet")).containsExactly(
                    "group | " + group + " | canvas | smart-diagram | 3 | {\"goal\":[\"Всяко дете чете\",\"Родителите също\"]} | "
                            + "2024-05-14T09:33Z | table-2",
                    "practice | " + practice + " | passport | practice-passport | 2 | "
                            + "{\"name\":[\"Лето с книгой\"],\"goals\":[\"Читать летом\"]} | 2024-05-14T11:30Z | methodologist",
                    "practice | " + practice + " | project-card | project-card | 1 | {\"goal\":[\"Читать летом\"]} | "
                            + "2024-05-14T12:30Z | facilitator");
            assertThat(rows(c, "select d.sheet, r.revision, r.template_id, r.content, r.saved_at, r.saved_by"
                    + " from document_revision r join document d on d.id = r.document_id order by d.owner_kind, d.sheet, r.revision"))
                    .containsExactly(
                            "canvas | 1 | smart-diagram | {} | 2024-05-14T09:31Z | table-2",
                            "canvas | 2 | smart-diagram | {\"goal\":[\"Всяко дете чете\"]} | 2024-05-14T09:32Z | table-2",
                            "canvas | 3 | smart-diagram | {\"goal\":[\"Всяко дете чете\",\"Родителите също\"]} | 2024-05-14T09:33Z | table-2",
                            "passport | 1 | practice-passport | {\"name\":[\"Лето с книгой\"]} | 2024-05-14T10:30Z | facilitator",
                            "passport | 2 | practice-passport | {\"name\":[\"Лето с книгой\"],\"goals\":[\"Читать летом\"]} | "
                                    + "2024-05-14T11:30Z | methodologist",
                            "project-card | 1 | project-card | {\"goal\":[\"Читать летом\"]} | 2024-05-14T12:30Z | facilitator");
            for (String old : List.of("canvas", "canvas_revision", "practice_sheet", "practice_sheet_revision")) {
                assertThat(tableExists(c, old)).as("table %s", old).isFalse();
            }
            assertThat(tableExists(c, "canvas_partner")).as("the partner mirror stays").isTrue();
            // New saves continue the numbering of each document.
            insert(c, "insert into document_revision (document_id, revision, template_id, content, saved_at, saved_by)"
                    + " select id, 4, template_id, '{}', saved_at, 'x' from document where owner_kind = 'group'");
            assertThatThrownBy(() -> insert(c, "insert into document_revision (document_id, revision, template_id, content,"
                    + " saved_at, saved_by) select id, 1, template_id, '{}', saved_at, 'x' from document where owner_kind = 'group'"))
                    .as("a revision number is used once per document").isInstanceOf(SQLException.class);
        }
    }

    @Test
    void anEmptyInstallationMigratesToo() throws SQLException {
        flyway("7").migrate();
        try (Connection c = connect()) {
            assertThat(rows(c, "select count(*) from document")).containsExactly("0");
            assertThat(tableExists(c, "document_revision")).isTrue();
        }
    }

    @Test
    void aRevisionWithoutItsDocumentStopsTheMigrationBeforeAnythingMoves() throws SQLException {
        flyway("6").migrate();
        try (Connection c = connect()) {
            long[] ids = oldInstallation(c);
            // a passport revision whose sheet row is missing: the old code never left one, but if it is there it must not be lost
            insert(c, "insert into practice_sheet_revision (practice_id, kind, revision, content, saved_at, saved_by)"
                    + " values (?, 'draft', 1, '{}', ?, 'x')", ids[1], AT);
        }

        assertThatThrownBy(() -> flyway("7").migrate()).isInstanceOf(FlywayException.class);

        try (Connection c = connect()) {
            assertThat(tableExists(c, "document")).isFalse();
            assertThat(rows(c, "select count(*) from canvas_revision")).containsExactly("3");
            assertThat(rows(c, "select count(*) from practice_sheet_revision")).containsExactly("4");
        }
    }
}
