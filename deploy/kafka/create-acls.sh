#!/bin/sh
# Grants each ClinicFlow principal what deploy/kafka/acls.txt lists, and nothing else (ADR 0028). Run by compose's
# topic-init service (init-kafka.sh) after the topics exist, as the admin super user. Safe to run again: adding an
# ACL twice keeps one.
#   BOOTSTRAP_SERVERS  broker to talk to (kafka:9092 on the compose network)
#   KAFKA_HOME         Kafka distribution whose bin/ has the admin tools (/opt/kafka in apache/kafka images)
#   COMMAND_CONFIG     client properties file of the admin (SASL_PLAINTEXT, SCRAM-SHA-512)
#   ACL_TABLE          the table (default: acls.txt next to this script)
set -eu

bootstrap="${BOOTSTRAP_SERVERS:-kafka:9092}"
bin="${KAFKA_HOME:-/opt/kafka}/bin"
command_config="${COMMAND_CONFIG:-}"
table="${ACL_TABLE:-$(dirname "$0")/acls.txt}"

allow() {
    principal=$1
    shift
    "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" ${command_config:+--command-config "$command_config"} \
        --add --allow-principal "User:$principal" "$@"
}

grep -v '^[[:space:]]*#' "$table" | grep -v '^[[:space:]]*$' | while IFS='|' read -r principal writes reads group describes; do
    principal=$(echo "$principal" | tr -d '[:space:]')
    for topic in $writes; do
        [ "$topic" = "-" ] || allow "$principal" --operation Write --operation Describe --topic "$topic"
    done
    for topic in $reads; do
        [ "$topic" = "-" ] || allow "$principal" --operation Read --operation Describe --topic "$topic"
    done
    group=$(echo "$group" | tr -d '[:space:]')
    allow "$principal" --operation Read --group "$group" --resource-pattern-type prefixed
    describes=$(echo "$describes" | tr -d '[:space:]')
    [ "$describes" = "-" ] || allow "$principal" --operation Describe --group "$describes"
done
echo "ClinicFlow ACLs ready on $bootstrap"
