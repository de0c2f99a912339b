package io.clinicflow.messaging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Can this instance serve? The database and the broker in the readiness group ({@link ClinicFlowDefaults}), and the
 * consumers paused while the database is down, instead of each retrying its record with back-off (ADR 0021).
 */
@AutoConfiguration
public class ReadinessAutoConfiguration {

    /** The broker in the readiness group: {@code kafka}, next to {@code database}. */
    @Bean
    KafkaReadiness kafkaHealthIndicator(KafkaAdmin admin,
                                        @Value("${clinicflow.readiness.kafka-timeout:PT2S}") Duration timeout,
                                        @Value("${clinicflow.readiness.kafka-cache:PT5S}") Duration cacheFor) {
        return new KafkaReadiness(admin.getConfigurationProperties(), timeout, cacheFor);
    }

    /** Is the database reachable? On a connection of its own, outside the pool (ADR 0021). */
    @Bean
    DatabaseProbe databaseProbe(DataSourceProperties database,
                                @Value("${clinicflow.database-watch.timeout:PT2S}") Duration timeout) {
        DataSource unpooled = database.initializeDataSourceBuilder().type(SimpleDriverDataSource.class).build();
        return new DatabaseProbe(unpooled, timeout);
    }

    /** The database in the readiness group: {@code database}, answered within the probe's timeout. */
    @Bean
    DatabaseReadiness databaseHealthIndicator(DatabaseProbe probe) {
        return new DatabaseReadiness(probe);
    }

    @Bean
    ConsumersPauseWhileDatabaseDown consumersPauseWhileDatabaseDown(DatabaseProbe probe,
            KafkaListenerEndpointRegistry listeners,
            @Value("${clinicflow.database-watch.interval:PT1S}") Duration interval) {
        return new ConsumersPauseWhileDatabaseDown(probe, listeners::getListenerContainers, interval);
    }
}
