package io.clinicflow.privacy;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Optional;
import java.util.UUID;

/** The small connection pool to the key store database {@code clinicflow_keys}, and the one query every service runs. */
final class KeyStorePool {

    private KeyStorePool() {
    }

    /**
     * {@code readOnly}: PostgreSQL refuses every write on these connections, auto-commit included, so a service that
     * only opens sealed fields cannot make, change or destroy a key whatever its database role allows (ADR 0043).
     */
    static HikariDataSource open(String url, String username, String password, boolean readOnly) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName(readOnly ? "clinicflow-keys-read-only" : "clinicflow-keys");
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(username);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(4);
        if (readOnly) {
            dataSource.setReadOnly(true);
            dataSource.addDataSourceProperty("readOnlyMode", "always");
        }
        return dataSource;
    }

    static Optional<byte[]> find(JdbcClient jdbc, UUID clientId) {
        return jdbc.sql("select data_key from client_keys where client_id = :clientId").param("clientId", clientId)
                .query(byte[].class).optional();
    }
}
