#!/bin/sh
# Entrypoint of compose's kafka service (ADR 0028). Formats the storage with the SCRAM-SHA-512 users, admin and every
# principal of acls.txt, then runs the image's own start-up, which finds the storage formatted and starts the broker.
# Users are added on a fresh volume only (--ignore-formatted): to change a password later, use kafka-configs.sh --alter.
#   CLUSTER_ID, KAFKA_*         the image's settings: KAFKA_X_Y is the server property x.y
#   SCRAM_PASSWORD_ADMIN        the admin super user's password; the broker logs in to itself with it
#   SCRAM_PASSWORD_<PRINCIPAL>  each principal's password, upper case with '-' as '_' (SCRAM_PASSWORD_BOOKING_SERVICE)
#   KAFKA_HOME, BROKER_START    Kafka distribution and the image's start-up (default /opt/kafka, /etc/kafka/docker/run)
#   ADMIN_CLIENT_CONFIG         where to write the admin's client properties for the healthcheck (/tmp/admin.properties)
set -eu

here=$(dirname "$0")
bin="${KAFKA_HOME:-/opt/kafka}/bin"
state=$(mktemp -d)

# KAFKA_* as the image's KafkaDockerWrapper turns them into server properties: '_' is '.', '__' is '_', '___' is '-'
server_properties() {
    env | grep '^KAFKA_' \
        | grep -vE '^KAFKA_(HOME|VERSION|HEAP_OPTS|LOG4J_OPTS|OPTS|JMX_OPTS|JVM_PERFORMANCE_OPTS|GC_LOG_OPTS|LOG4J_ROOT_LOGLEVEL|LOG4J_LOGGERS|TOOLS_LOG4J_LOGLEVEL|JMX_HOSTNAME)=' \
        | while IFS='=' read -r key value; do
            printf '%s=%s\n' "$(echo "${key#KAFKA_}" | tr '[:upper:]' '[:lower:]' \
                | sed -e 's/_/./g' -e 's/\.\.\./-/g' -e 's/\.\./_/g')" "$value"
        done
}

password_of() {
    variable=SCRAM_PASSWORD_$(echo "$1" | tr '[:lower:]-' '[:upper:]_')
    eval "printf '%s' \"\${$variable:?$variable is not set}\""
}

principals=$(awk -F'|' '!/^[[:space:]]*(#|$)/ { gsub(/[[:space:]]/, "", $1); print $1 }' "$here/acls.txt")
set --
for user in admin $principals; do
    password=$(password_of "$user")
    set -- "$@" --add-scram "SCRAM-SHA-512=[name=\"$user\",password=\"$password\"]"
done
server_properties > "$state/format.properties"
"$bin/kafka-storage.sh" format --ignore-formatted --cluster-id "$CLUSTER_ID" \
    --config "$state/format.properties" "$@"
rm "$state/format.properties"

cat > "$state/jaas.conf" <<JAAS
KafkaServer {
    org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$(password_of admin)";
};
JAAS
sh "$here/admin-client-config.sh" "${ADMIN_CLIENT_CONFIG:-/tmp/admin.properties}"
export KAFKA_OPTS="${KAFKA_OPTS:-} -Djava.security.auth.login.config=$state/jaas.conf"
exec "${BROKER_START:-/etc/kafka/docker/run}"
