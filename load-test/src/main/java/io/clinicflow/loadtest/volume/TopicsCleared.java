package io.clinicflow.loadtest.volume;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Deletes what the topics hold before a year is written after it (ADR 0062): the harness's own traffic of the empty
 * phase. Left there, minutes-old records would precede the year in the log, and a consumer seeking by time (the ops
 * dashboard's first start, ADR 0061) would find them first and read the whole year after them, which no chain's log
 * looks like: its year came before today's traffic.
 */
final class TopicsCleared {

    private TopicsCleared() {
    }

    static void upToTheirEnd(Admin admin, Collection<String> topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, RecordsToDelete> before = LogEnds.of(admin, topics).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, end -> RecordsToDelete.beforeOffset(end.getValue())));
        admin.deleteRecords(before).all().get();
    }
}
