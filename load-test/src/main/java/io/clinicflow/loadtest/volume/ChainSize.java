package io.clinicflow.loadtest.volume;

/**
 * The size of a chain's history that the volume seeder writes (issue 19): per location and year, what a busy
 * microneedling clinic does. 200 locations and one year give about 2 000 practitioners, 1 M clients, 3 M bookings,
 * 1 M completed sessions and 8 M aftercare messages.
 */
public record ChainSize(int locations, double years) {

    static final int PRACTITIONERS_PER_LOCATION = 10;
    static final int CLIENTS_PER_LOCATION = 5_000;
    static final int BOOKINGS_PER_LOCATION_YEAR = 15_000;
    static final int SESSIONS_PER_LOCATION_YEAR = 5_000;
    static final int MESSAGES_PER_SESSION = 8;

    public ChainSize {
        if (locations < 1 || years <= 0) {
            throw new IllegalArgumentException("a chain has at least one location and some history: " + locations
                    + " locations, " + years + " years");
        }
    }

    public long practitioners() {
        return (long) locations * PRACTITIONERS_PER_LOCATION;
    }

    public long clients() {
        return (long) locations * CLIENTS_PER_LOCATION;
    }

    public long bookings() {
        return Math.round(locations * years * BOOKINGS_PER_LOCATION_YEAR);
    }

    public long sessions() {
        return Math.round(locations * years * SESSIONS_PER_LOCATION_YEAR);
    }

    public long aftercareMessages() {
        return sessions() * MESSAGES_PER_SESSION;
    }
}
