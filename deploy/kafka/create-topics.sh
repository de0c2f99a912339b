#!/bin/sh
# Creates every topic of io.clinicflow.events.Topics (ADR 0014) and the ops dashboard's snapshots (ADR 0061), run once by compose's topic-init service before the
# services start. Safe to run again: an existing topic is kept and its retention set to the value below, so a
# changed retention reaches existing stacks. Partitions can only grow, so a changed count needs a new topic version.
#   BOOTSTRAP_SERVERS  broker to talk to (kafka:9092 on the compose network)
#   KAFKA_HOME         Kafka distribution whose bin/ has the admin tools (/opt/kafka in apache/kafka images)
#   COMMAND_CONFIG     optional client properties file (SASL/SCRAM as the admin super user, ADR 0028)
set -eu

bootstrap="${BOOTSTRAP_SERVERS:-kafka:9092}"
bin="${KAFKA_HOME:-/opt/kafka}/bin"
command_config="${COMMAND_CONFIG:-}"

partitions=3          # per-client ordering needs one partition per key; 3 lets each consumer group run 3 instances
replication_factor=1  # one broker in this stack; the cluster profile of DESIGN §9 uses 3
day_ms=86400000
event_retention_ms=$((30 * day_ms))        # consumers catch up or replay within a month
dead_letter_retention_ms=$((90 * day_ms))  # time for ops to inspect, fix and replay a poison record

topic() {
    name=$1
    retention_ms=$2
    "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" ${command_config:+--command-config "$command_config"} --create --if-not-exists --topic "$name" \
        --partitions "$partitions" --replication-factor "$replication_factor" \
        --config cleanup.policy=delete --config retention.ms="$retention_ms"
    "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" ${command_config:+--command-config "$command_config"} --alter --entity-type topics --entity-name "$name" \
        --add-config cleanup.policy=delete,retention.ms="$retention_ms"
}

for events in clinic.booking.events.v1 clinic.session.events.v1 clinic.aftercare.events.v1; do
    topic "$events" "$event_retention_ms"
    topic "$events.dlt" "$dead_letter_retention_ms"
done
# projections for readers outside ClinicFlow: no ClinicFlow consumer, so no dead-letter topic (ADR 0027)
topic clinic.crm.client-journey.v1 "$event_retention_ms"

# the ops dashboard's own state (ADR 0061): only each group's latest snapshot matters, so compacted, one partition;
# hourly segments let compaction drop older snapshots soon
snapshots=clinic.ops-dashboard.snapshots.v1
snapshot_configs=cleanup.policy=compact,segment.ms=3600000,max.message.bytes=8388608
"$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" ${command_config:+--command-config "$command_config"} --create --if-not-exists --topic "$snapshots" \
    --partitions 1 --replication-factor "$replication_factor" \
    --config cleanup.policy=compact --config segment.ms=3600000 --config max.message.bytes=8388608
"$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" ${command_config:+--command-config "$command_config"} --alter --entity-type topics --entity-name "$snapshots" \
    --add-config "$snapshot_configs"
echo "ClinicFlow topics ready on $bootstrap"
