package io.clinicflow.booking;

import org.junit.jupiter.api.BeforeEach;

import static io.clinicflow.booking.Reception.inDays;

/** {@link WithRegisteredClient} whose client has a session booked the day after tomorrow at 10:00 with Mara. */
public abstract class WithBookedSession extends WithRegisteredClient {

    protected String booking;

    @BeforeEach
    void bookASession() {
        booking = reception.bookedSession(ada, soho, mara, inDays(2, "10:00"));
    }
}
