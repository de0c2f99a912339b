-- Runs once, when the postgres container initialises an empty data directory: one database per service, and the
-- key store of the clients' data keys (ADR 0030; the healthcheck waits for it, the last one).
-- They belong to POSTGRES_USER, the user the services connect as.
CREATE DATABASE booking;
CREATE DATABASE session;
CREATE DATABASE aftercare;
CREATE DATABASE clinicflow_keys;
