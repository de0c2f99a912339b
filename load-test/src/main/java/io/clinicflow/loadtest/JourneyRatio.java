package io.clinicflow.loadtest;

/**
 * Issue 18's R_journey: the journeys per second the system sustains, each worth the ten durable state changes a
 * journey needs at minimum (register, declare, book, screen, confirm, check in, complete, plan, DAY0 sent, offer),
 * against the transactions per second PostgreSQL alone manages on the same machine for one consume-and-produce step
 * (pgbench). Unlike the commit rate it replaces (R_db, ADR 0051), a journey that commits more does not score higher.
 */
record JourneyRatio(double journeysPerSecond, double pgbenchTps) {

    static final int DURABLE_CHANGES_PER_JOURNEY = 10;

    double value() {
        return pgbenchTps <= 0 ? 0 : journeysPerSecond * DURABLE_CHANGES_PER_JOURNEY / pgbenchTps;
    }
}
