package io.clinicflow.faults;

import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.ServiceDatabases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * PostgreSQL 17 as its own OS process (the postmaster, launched from zonky's binaries), with one database per
 * service and the key store of the clients' data keys (ADR 0030). Stopping it ({@code pg_ctl stop}) keeps the
 * data directory; starting it again serves the same data on the same port, as a restarted database server would.
 */
final class Database {

    static final List<String> NAMES = ServiceDatabases.ROLES;

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    Database(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /**
     * First start: initialises the cluster and creates each service's role and database and the key store, as the
     * tests and Docker Compose have them (ADR 0042).
     */
    void install() {
        start();
        ServiceDatabases.create(this::connect, ClinicInfrastructure.KEY_STORE);
    }

    synchronized void start() {
        try {
            postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setPort(port).setServerConfig("max_connections", "200").start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    synchronized void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop", e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** A connection as the server's superuser, which the scenarios use to look at and break the services' tables. */
    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
    }
}
