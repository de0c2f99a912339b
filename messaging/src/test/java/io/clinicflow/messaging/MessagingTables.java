package io.clinicflow.messaging;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

/** The outbox and inbox tables as the services' Flyway makes them: every messaging migration, in version order. */
final class MessagingTables {

    private MessagingTables() {
    }

    static void createIn(DataSource database) {
        try {
            Resource[] migrations = new PathMatchingResourcePatternResolver()
                    .getResources("classpath:db/migration/messaging/V0_*.sql");
            Arrays.sort(migrations, Comparator.comparing(Resource::getFilename));
            new ResourceDatabasePopulator(migrations).execute(database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
