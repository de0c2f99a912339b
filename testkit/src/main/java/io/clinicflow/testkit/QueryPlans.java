package io.clinicflow.testkit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The planner's choice for a query at volume (issue 19): tables are filled in a transaction that is rolled back at
 * the end, so the rows are seen by this connection alone and no other test finds them. The column statistics
 * {@code ANALYZE} gathers go with the rollback; the table sizes it writes in place ({@code pg_class.reltuples}) stay
 * until autovacuum counts again, which may change other tests' plans, never their answers. The planner is left as it
 * is, so a missing index shows as a sequential scan.
 */
public final class QueryPlans implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Connection connection;

    private QueryPlans(Connection connection) {
        this.connection = connection;
    }

    /** Starts the transaction the volume lives in; {@link #close()} rolls it back and hands the connection back. */
    public static QueryPlans in(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        return new QueryPlans(connection);
    }

    /** Runs statements that fill tables, then has the planner learn the tables' new sizes and values. */
    public QueryPlans volume(String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            statement.execute("analyze");
        }
        return this;
    }

    /** SQL for the id of a made-up row: the md5 of what it is and its number (an SQL expression), as a uuid. */
    public static String idSql(String what, String number) {
        return "md5('plans-" + what + "-' || " + number + ")::uuid";
    }

    /** The id {@link #idSql} gives a made-up row, made here: {@code md5(...)::uuid} reads the digest's 16 bytes. */
    public static UUID id(String what, int number) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5")
                    .digest(("plans-" + what + "-" + number).getBytes(StandardCharsets.UTF_8));
            ByteBuffer bytes = ByteBuffer.wrap(md5);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plan of a query with its parameters bound, as the service's driver sends them. */
    public Plan explain(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("explain (format json) " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet plan = statement.executeQuery()) {
                plan.next();
                return new Plan(JSON.readTree(plan.getString(1)).get(0).get("Plan"));
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.setAutoCommit(true);
            connection.close();
        }
    }

    /**
     * A node of a plan that reads a table or an index: how (Seq Scan, Index Scan, Bitmap Heap Scan...), which table,
     * which index and what the index is searched for.
     */
    public record Scan(String nodeType, String relation, String index, String condition) {

        public boolean sequential() {
            return nodeType.equals("Seq Scan");
        }

        @Override
        public String toString() {
            return nodeType + (relation == null ? "" : " on " + relation) + (index == null ? "" : " using " + index);
        }
    }

    /** A query's plan, reduced to the nodes that read tables or indexes. */
    public record Plan(JsonNode root) {

        public List<Scan> scans() {
            List<Scan> scans = new ArrayList<>();
            visit(root, node -> {
                if (node.has("Relation Name") || node.has("Index Name")) {
                    scans.add(new Scan(node.get("Node Type").asString(), text(node, "Relation Name"),
                            text(node, "Index Name"), text(node, "Index Cond")));
                }
            });
            return scans;
        }

        /** The tables read row by row, whole. */
        public List<String> sequentiallyScanned() {
            return scans().stream().filter(Scan::sequential).map(Scan::relation).toList();
        }

        private static void visit(JsonNode node, Consumer<JsonNode> visitor) {
            visitor.accept(node);
            if (node.has("Plans")) {
                node.get("Plans").forEach(child -> visit(child, visitor));
            }
        }

        private static String text(JsonNode node, String field) {
            return node.has(field) ? node.get(field).asString() : null;
        }

        @Override
        public String toString() {
            return scans().toString();
        }
    }
}
