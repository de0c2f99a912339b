package io.clinicflow.messaging;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/** A data source that counts the connections it lends: one per transaction, or per statement outside of one. */
final class ConnectionsBorrowed extends DelegatingDataSource {

    private final AtomicInteger borrowed = new AtomicInteger();

    ConnectionsBorrowed(DataSource database) {
        super(database);
    }

    int count() {
        return borrowed.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        borrowed.incrementAndGet();
        return super.getConnection();
    }
}
