#!/bin/sh
# Entrypoint of compose's one-shot topic-init service: creates the topics, then grants the ACLs of acls.txt, both as
# the admin super user (ADR 0014, ADR 0028). Safe to run again.
#   BOOTSTRAP_SERVERS     broker to talk to (kafka:9092 on the compose network)
#   SCRAM_PASSWORD_ADMIN  the admin's password
set -eu

here=$(dirname "$0")
COMMAND_CONFIG=$(mktemp)
export COMMAND_CONFIG
sh "$here/admin-client-config.sh" "$COMMAND_CONFIG"
sh "$here/create-topics.sh"
sh "$here/create-acls.sh"
