package io.clinicflow.dashboard.snapshot;

import io.clinicflow.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

import java.time.Duration;

/**
 * The dashboard's snapshot topic, created on start where it is missing and the dashboard may create it (tests, the
 * local stack; compose's topic-init creates it alike). Compacted: only each group's latest snapshot matters. Segments
 * roll hourly so that compaction can drop the older snapshots soon; a record may reach 8 MB (gzip-compressed JSON of
 * a bounded projection stays far below).
 */
@Configuration(proxyBeanMethods = false)
class SnapshotTopic {

    static final int MAX_BYTES = 8 * 1024 * 1024;

    @Bean
    NewTopic dashboardSnapshots() {
        return TopicBuilder.name(Topics.DASHBOARD_SNAPSHOTS).partitions(1).compact()
                .config(TopicConfig.SEGMENT_MS_CONFIG, Long.toString(Duration.ofHours(1).toMillis()))
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_BYTES))
                .build();
    }
}
