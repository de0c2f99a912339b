package io.clinicflow.privacy;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Optional;
import java.util.UUID;

/**
 * The key store as session-service and aftercare-service see it (ADR 0043): they find a client's key to open what
 * booking-service sealed, and nothing else. No migration either: booking-service owns the key store's schema.
 */
public final class ReadOnlyClientKeys implements ClientKeyLookup, AutoCloseable {

    private final HikariDataSource dataSource;
    private final JdbcClient jdbc;

    private ReadOnlyClientKeys(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    public static ReadOnlyClientKeys connect(String url, String username, String password) {
        return new ReadOnlyClientKeys(KeyStorePool.open(url, username, password, true));
    }

    @Override
    public Optional<byte[]> find(UUID clientId) {
        return KeyStorePool.find(jdbc, clientId);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
