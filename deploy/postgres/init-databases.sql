-- Runs once, when the postgres container initialises an empty data directory: one database per service.
-- They belong to POSTGRES_USER, the user the services connect as.
CREATE DATABASE booking;
CREATE DATABASE session;
CREATE DATABASE aftercare;
