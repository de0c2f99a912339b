package io.clinicflow.messaging;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A data source that records the statements its connections prepare, to find them by the table they name, and counts
 * their commits: the transactions that reached the database.
 */
final class StatementsPrepared extends DelegatingDataSource {

    private final List<String> prepared = new CopyOnWriteArrayList<>();
    private final AtomicInteger commits = new AtomicInteger();

    StatementsPrepared(DataSource database) {
        super(database);
    }

    long statementsOn(String table) {
        return prepared.stream().filter(sql -> sql.contains(table)).count();
    }

    int commits() {
        return commits.get();
    }

    String lastOn(String table) {
        return prepared.reversed().stream().filter(sql -> sql.contains(table)).findFirst().orElseThrow();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = super.getConnection();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "prepareStatement" -> prepared.add(args[0].toString());
                        case "commit" -> commits.incrementAndGet();
                        default -> {
                        }
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
