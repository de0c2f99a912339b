package io.clinicflow.privacy;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The client keys in the key store database {@code clinicflow_keys}, standing in for the chain's KMS (ADR 0030), as
 * their owner booking-service makes, finds and destroys them. Its own small pool, not a Spring DataSource bean: a
 * second DataSource bean would make Boot's service DataSource back off.
 * Statements run in auto-commit, outside the service's transactions: a destroyed key stays destroyed.
 */
public final class ClientKeyStore implements ClientKeys, AutoCloseable {

    static final String MIGRATIONS = "classpath:db/migration/keys";
    private static final int KEY_BYTES = 32;

    private final HikariDataSource dataSource;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private ClientKeyStore(HikariDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    /**
     * Connects to the key store and brings its schema up to date: what its owner does, booking-service (and the test
     * kit standing in for it); the other services connect {@link ReadOnlyClientKeys} (ADR 0043).
     */
    public static ClientKeyStore connect(String url, String username, String password, Clock clock) {
        HikariDataSource dataSource = KeyStorePool.open(url, username, password, false);
        try {
            Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new ClientKeyStore(dataSource, clock);
    }

    @Override
    public byte[] createIfAbsent(UUID clientId) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        jdbc.sql("""
                        insert into client_keys (client_id, data_key, created_at) values (:clientId, :key, :createdAt)
                        on conflict (client_id) do nothing""")
                .param("clientId", clientId).param("key", key).param("createdAt", Timestamp.from(clock.instant()))
                .update();
        return find(clientId).orElseThrow();
    }

    @Override
    public Optional<byte[]> find(UUID clientId) {
        return KeyStorePool.find(jdbc, clientId);
    }

    @Override
    public void destroy(UUID clientId) {
        jdbc.sql("delete from client_keys where client_id = :clientId").param("clientId", clientId).update();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
