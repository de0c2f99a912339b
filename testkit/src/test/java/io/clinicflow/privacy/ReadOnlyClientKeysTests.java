package io.clinicflow.privacy;

import com.zaxxer.hikari.HikariDataSource;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The key store as session-service and aftercare-service connect to it (ADR 0043), against real PostgreSQL: they find
 * what booking-service made, PostgreSQL refuses their writes, and connecting migrates nothing. In this package to
 * reach the package-private pool, which is what the services' {@link ReadOnlyClientKeys} run their queries on.
 */
class ReadOnlyClientKeysTests {

    private final ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();
    private final String keyStore = infrastructure.jdbcUrl(ClinicInfrastructure.KEY_STORE);

    @Test
    void findsTheKeyItsOwnerMadeAndNothingOnceItIsDestroyed() {
        UUID client = UUID.randomUUID();
        byte[] key = infrastructure.clientKeys().createIfAbsent(client);

        try (ReadOnlyClientKeys reader = ReadOnlyClientKeys.connect(keyStore, "postgres", "postgres")) {
            assertThat(reader.find(client)).hasValue(key);
            infrastructure.clientKeys().destroy(client);
            assertThat(reader.find(client)).isEmpty();
        }
    }

    @Test
    void itsConnectionsCannotMakeOrDestroyAKeyWhateverTheRoleMayDo() {
        UUID client = UUID.randomUUID();
        infrastructure.clientKeys().createIfAbsent(client);

        try (HikariDataSource pool = KeyStorePool.open(keyStore, "postgres", "postgres", true)) {
            JdbcClient jdbc = JdbcClient.create(pool);
            assertThatThrownBy(() -> jdbc.sql("delete from client_keys where client_id = ?").param(client).update())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("read-only");
            assertThatThrownBy(() -> jdbc.sql("""
                            insert into client_keys (client_id, data_key, created_at) values (?, '\\x00', now())""")
                    .param(UUID.randomUUID()).update())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("read-only");
        }
        assertThat(infrastructure.clientKeys().find(client)).isPresent();
    }

    @Test
    void connectingMigratesNothing() throws Exception {
        String empty = "keys_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = infrastructure.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("create database " + empty);
        }

        try (ReadOnlyClientKeys reader = ReadOnlyClientKeys.connect(infrastructure.jdbcUrl(empty), "postgres",
                "postgres")) {
            assertThatThrownBy(() -> reader.find(UUID.randomUUID())).as("no client_keys table")
                    .isInstanceOf(DataAccessException.class);
        }
        try (Connection connection = infrastructure.connect(empty);
             ResultSet tables = connection.createStatement().executeQuery(
                     "select count(*) from information_schema.tables where table_schema = 'public'")) {
            tables.next();
            assertThat(tables.getInt(1)).as("neither client_keys nor Flyway's history").isZero();
        }
    }
}
