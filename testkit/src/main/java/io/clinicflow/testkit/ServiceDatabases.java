package io.clinicflow.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Each service's own login role and database (ADR 0042), as {@code deploy/postgres/init-databases.sh} makes them for
 * Docker Compose: the role owns its database (its Flyway migrates it) and nobody else may connect to it; the key store
 * belongs to booking, the one service that writes client keys, and session and aftercare may only read them. Local
 * roles have their name as password: the embedded server listens on localhost only and holds made-up clients.
 */
public final class ServiceDatabases {

    /** booking, session, aftercare: each the name of a service's database and of the role it connects as. */
    public static final List<String> ROLES = List.of("booking", "session", "aftercare");
    /** The one role that creates, writes and destroys client keys (ADR 0030). */
    public static final String KEY_STORE_OWNER = "booking";

    /** Opens a connection to one of the server's databases as its superuser. */
    @FunctionalInterface
    public interface Superuser {
        Connection connect(String database) throws SQLException;
    }

    private ServiceDatabases() {
    }

    /** The password of a service's role on a local server. */
    public static String password(String role) {
        return role;
    }

    /**
     * Creates the roles and databases, connected first to {@code postgres}, then to the key store, whose default
     * privileges are set inside it.
     */
    public static void create(Superuser superuser, String keyStore) {
        try (Connection server = superuser.connect("postgres"); Statement statement = server.createStatement()) {
            for (String role : ROLES) {
                statement.execute("create role " + role + " login password '" + password(role) + "'");
                ownedDatabase(statement, role, role);
            }
            ownedDatabase(statement, keyStore, KEY_STORE_OWNER);
            statement.execute("grant connect on database " + keyStore + " to " + keyReaders());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the service roles and databases", e);
        }
        try (Connection keys = superuser.connect(keyStore); Statement statement = keys.createStatement()) {
            // tables booking's migrations create later are readable by the others; nothing else is granted
            statement.execute("alter default privileges for role " + KEY_STORE_OWNER
                    + " in schema public grant select on tables to " + keyReaders());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot grant the key store to its readers", e);
        }
    }

    private static void ownedDatabase(Statement statement, String database, String owner) throws SQLException {
        statement.execute("create database " + database + " owner " + owner);
        statement.execute("revoke connect, temporary on database " + database + " from public");
    }

    private static String keyReaders() {
        return String.join(", ", ROLES.stream().filter(role -> !role.equals(KEY_STORE_OWNER)).toList());
    }
}
