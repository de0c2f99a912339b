#!/bin/sh
# Runs once, when the postgres container initialises an empty data directory (ADR 0042): each service's own login role
# and database, which the role owns (its Flyway migrates it) and no other role may connect to; the key store of the
# clients' data keys (ADR 0030) belongs to booking, the one service that writes keys, and session and aftercare may
# only read them. POSTGRES_USER stays the superuser; no service connects as it. The healthcheck waits for
# clinicflow_keys, made last. The passwords reach SQL as psql variables, quoted by psql (:'name').
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v booking_password="$BOOKING_DATABASE_PASSWORD" \
    -v session_password="$SESSION_DATABASE_PASSWORD" \
    -v aftercare_password="$AFTERCARE_DATABASE_PASSWORD" <<'SQL'
CREATE ROLE booking LOGIN PASSWORD :'booking_password';
CREATE ROLE session LOGIN PASSWORD :'session_password';
CREATE ROLE aftercare LOGIN PASSWORD :'aftercare_password';
CREATE DATABASE booking OWNER booking;
CREATE DATABASE session OWNER session;
CREATE DATABASE aftercare OWNER aftercare;
REVOKE CONNECT, TEMPORARY ON DATABASE booking, session, aftercare FROM PUBLIC;
CREATE DATABASE clinicflow_keys OWNER booking;
REVOKE CONNECT, TEMPORARY ON DATABASE clinicflow_keys FROM PUBLIC;
GRANT CONNECT ON DATABASE clinicflow_keys TO session, aftercare;
\connect clinicflow_keys
-- the table booking's migration creates is readable by the others; nothing else is granted
ALTER DEFAULT PRIVILEGES FOR ROLE booking IN SCHEMA public GRANT SELECT ON TABLES TO session, aftercare;
SQL
