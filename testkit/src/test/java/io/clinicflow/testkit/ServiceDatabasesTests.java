package io.clinicflow.testkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each service connects as its own role, which reaches only its own database and reads the key store (ADR 0042). */
class ServiceDatabasesTests {

    static final List<String> ROLES = ServiceDatabases.ROLES;

    private final ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();

    @ParameterizedTest
    @FieldSource("ROLES")
    void aServiceRoleOwnsItsDatabaseAndCannotConnectToAnotherServicesDatabase(String role) throws SQLException {
        try (Connection own = connectAs(role, role);
             ResultSet result = own.createStatement().executeQuery(
                     "select current_user, pg_get_userbyid(datdba) from pg_database where datname = current_database()")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo(role);
            assertThat(result.getString(2)).isEqualTo(role);
        }
        for (String other : ROLES.stream().filter(database -> !database.equals(role)).toList()) {
            assertThatThrownBy(() -> connectAs(role, other).close()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied for database \"" + other + "\"");
        }
    }

    @Test
    void onlyBookingWritesClientKeysTheOthersReadThem() throws SQLException {
        UUID clientId = UUID.randomUUID();
        try (Connection booking = connectAs("booking", ClinicInfrastructure.KEY_STORE)) {
            booking.createStatement().executeUpdate("insert into client_keys values ('" + clientId
                    + "', '\\x00', now())");
        }
        for (String reader : List.of("session", "aftercare")) {
            try (Connection keys = connectAs(reader, ClinicInfrastructure.KEY_STORE)) {
                ResultSet result = keys.createStatement().executeQuery(
                        "select count(*) from client_keys where client_id = '" + clientId + "'");
                result.next();
                assertThat(result.getInt(1)).isOne();
                assertThatThrownBy(() -> keys.createStatement().executeUpdate(
                        "delete from client_keys where client_id = '" + clientId + "'"))
                        .hasMessageContaining("permission denied for table client_keys");
                assertThatThrownBy(() -> keys.createStatement().executeUpdate(
                        "insert into client_keys values ('" + UUID.randomUUID() + "', '\\x00', now())"))
                        .hasMessageContaining("permission denied for table client_keys");
            }
        }
    }

    private Connection connectAs(String role, String database) throws SQLException {
        return DriverManager.getConnection(infrastructure.jdbcUrl(database), role, ServiceDatabases.password(role));
    }
}
