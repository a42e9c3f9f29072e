package org.partnershipworkshop.support;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Every row of every table of the application's schema (Flyway's history aside), read over JDBC, so the
 * database can be put back exactly as it was: tables whose rows differ are emptied and refilled, with
 * foreign keys off meanwhile (H2 and PostgreSQL). Identity columns keep counting upwards, so a restored
 * row's id is never handed out again. Generic on purpose: a table a later migration adds is covered too.
 */
final class DatabaseSnapshot {

    private record Table(String name, List<String> columns, int[] types, Map<List<Object>, Integer> rows) {
    }

    private final Map<String, Table> tables;

    private DatabaseSnapshot(Map<String, Table> tables) {
        this.tables = tables;
    }

    static DatabaseSnapshot take(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Table> tables = new LinkedHashMap<>();
            for (String name : tableNames(connection)) {
                tables.put(name, read(connection, name));
            }
            return new DatabaseSnapshot(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database", e);
        }
    }

    /** Tables whose rows now differ from this snapshot's (tables added since count as differing). */
    Set<String> changedTables(DatabaseSnapshot now) {
        Set<String> changed = new TreeSet<>();
        now.tables.forEach((name, table) -> {
            Table before = tables.get(name);
            if (before == null || !before.rows().equals(table.rows())) {
                changed.add(name);
            }
        });
        return changed;
    }

    /** Puts the given tables back as they were in this snapshot. */
    void restore(DataSource dataSource, Set<String> names) {
        if (names.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // H2: for the whole database, so nothing else may write meanwhile (tests run one at a time);
                // PostgreSQL: for this session (foreign keys are triggers, skipped in the replica role).
                statement.execute(postgres ? "set session_replication_role = replica" : "set referential_integrity false");
                try {
                    for (String name : names) {
                        statement.executeUpdate("delete from " + quote(connection, name));
                        Table table = tables.get(name);
                        if (table != null) {
                            insert(connection, table);
                        }
                    }
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    statement.execute(postgres ? "reset session_replication_role" : "set referential_integrity true");
                    connection.commit();
                    connection.setAutoCommit(autoCommit);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not restore the tables " + names, e);
        }
    }

    /** The values of one column of one table (names in any case), e.g. every meeting's id; empty if absent. */
    Set<Object> values(String tableName, String columnName) {
        Set<Object> values = new HashSet<>();
        tables.values().stream().filter(t -> t.name().equalsIgnoreCase(tableName)).forEach(table -> {
            for (int i = 0; i < table.columns().size(); i++) {
                if (table.columns().get(i).equalsIgnoreCase(columnName)) {
                    int column = i;
                    table.rows().keySet().forEach(row -> values.add(row.get(column)));
                }
            }
        });
        return values;
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase("flyway_schema_history")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Table read(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select * from " + quote(connection, name))) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            int[] types = new int[meta.getColumnCount()];
            for (int i = 1; i <= types.length; i++) {
                columns.add(meta.getColumnName(i));
                types[i - 1] = meta.getColumnType(i);
            }
            Map<List<Object>, Integer> rows = new HashMap<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(types.length);
                for (int i = 1; i <= types.length; i++) {
                    row.add(value(rs.getObject(i)));
                }
                rows.merge(row, 1, Integer::sum);
            }
            return new Table(name, columns, types, rows);
        }
    }

    /** Values that compare by content: large texts and bytes read out, bytes wrapped. */
    private static Object value(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return new Bytes(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof byte[] bytes) {
            return new Bytes(bytes);
        }
        return value;
    }

    private static void insert(Connection connection, Table table) throws SQLException {
        if (table.rows().isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into ").append(quote(connection, table.name())).append(" (");
        for (int i = 0; i < table.columns().size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(connection, table.columns().get(i)));
        }
        sql.append(") values (").append("?, ".repeat(table.columns().size() - 1)).append("?)");
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            for (Map.Entry<List<Object>, Integer> row : table.rows().entrySet()) {
                for (int copy = 0; copy < row.getValue(); copy++) {
                    for (int i = 0; i < table.types().length; i++) {
                        Object value = row.getKey().get(i);
                        if (value == null) {
                            insert.setNull(i + 1, table.types()[i]);
                        } else {
                            insert.setObject(i + 1, value instanceof Bytes bytes ? bytes.value() : value);
                        }
                    }
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static String quote(Connection connection, String identifier) throws SQLException {
        String q = connection.getMetaData().getIdentifierQuoteString().trim();
        return q + identifier.replace(q, q + q) + q;
    }

    private record Bytes(byte[] value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes bytes && Arrays.equals(value, bytes.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }
    }
}
