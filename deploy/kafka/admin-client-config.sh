#!/bin/sh
# Writes the client properties of the admin super user (SASL/SCRAM, ADR 0028) to the file $1, for the admin tools'
# --command-config: compose's kafka healthcheck and topic-init use it.
#   SCRAM_PASSWORD_ADMIN  the admin's password (compose: KAFKA_ADMIN_PASSWORD from .env)
set -eu

cat > "$1" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${SCRAM_PASSWORD_ADMIN:?SCRAM_PASSWORD_ADMIN is not set}";
PROPERTIES
