package io.clinicflow.booking;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Locations, practitioners, clients, availability, bookings and follow-up offers of the clinic chain. */
@SpringBootApplication
@EnableScheduling // the follow-up offers' expiry sweep (ADR 0009)
public class BookingServiceApplication {

    /** The service with its own config name, so that three services can share one JVM (local stack, e2e tests). */
    public static SpringApplicationBuilder app() {
        return new SpringApplicationBuilder(BookingServiceApplication.class).properties("spring.config.name=booking-service");
    }

    public static void main(String[] args) {
        app().run(args);
    }
}
