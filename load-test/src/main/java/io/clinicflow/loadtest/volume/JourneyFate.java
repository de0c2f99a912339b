package io.clinicflow.loadtest.volume;

/**
 * How a seeded booking ends. The completed share is {@link ChainSize#sessions()} of {@link ChainSize#bookings()}; the
 * others end as a front desk sees them end: cancelled most often, then deferred, declined, held or missed.
 */
enum JourneyFate {
    COMPLETED, CANCELLED, NO_SHOW, DEFERRED, DECLINED, HELD_FOR_REVIEW;

    /** Of every twenty bookings that do not reach a session: 8 cancelled, 3 deferred, 3 declined, 3 held, 3 missed. */
    private static final JourneyFate[] NOT_COMPLETED = {CANCELLED, CANCELLED, DEFERRED, CANCELLED, DECLINED,
            CANCELLED, HELD_FOR_REVIEW, CANCELLED, NO_SHOW, CANCELLED, DEFERRED, CANCELLED, DECLINED, CANCELLED,
            HELD_FOR_REVIEW, NO_SHOW, DEFERRED, DECLINED, HELD_FOR_REVIEW, NO_SHOW};

    /**
     * The fate of booking {@code index}: completed bookings are spread evenly over the year (the {@code index}-th
     * booking completes when the count of completed ones up to it grows), so any stretch of the year has its share.
     */
    static JourneyFate of(long index, ChainSize size) {
        long sessions = size.sessions();
        long bookings = size.bookings();
        if ((index + 1) * sessions / bookings > index * sessions / bookings) {
            return COMPLETED;
        }
        return NOT_COMPLETED[(int) (index % NOT_COMPLETED.length)];
    }
}
