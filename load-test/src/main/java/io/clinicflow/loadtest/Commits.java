package io.clinicflow.loadtest;

/**
 * The transactions of one run, from its first arrival until it drained, split the way PostgreSQL's own counters
 * allow. Every commit of the services' databases counts (pg_stat_database.xact_commit); a transaction that writes (or
 * locks a row) is assigned a transaction id, one that only reads is not, so the ids assigned server-wide meanwhile
 * count the writing ones. Nothing else writes then (the chain is prepared before, pgbench runs after the last run),
 * so the ids are the services' own, plus the few of any writer that rolled back (bounded by the rollbacks, printed
 * alongside) and of autovacuum's ANALYZE; the services use no savepoints, which would take ids of their own. A long
 * drain adds the idle polls of its seconds (read-only unless a poll locks a row).
 */
record Commits(long writing, long readOnly, long rollbacks) {

    static Commits between(DbTransactions.Counters before, DbTransactions.Counters after) {
        long commits = after.commits() - before.commits();
        long writing = Math.min(after.nextTransactionId() - before.nextTransactionId(), commits);
        return new Commits(writing, commits - writing, after.rollbacks() - before.rollbacks());
    }

    double allPer(long journeys) {
        return per(writing + readOnly, journeys);
    }

    double writingPer(long journeys) {
        return per(writing, journeys);
    }

    double readOnlyPer(long journeys) {
        return per(readOnly, journeys);
    }

    double rollbacksPer(long journeys) {
        return per(rollbacks, journeys);
    }

    private static double per(long count, long journeys) {
        return (double) count / Math.max(journeys, 1);
    }
}
