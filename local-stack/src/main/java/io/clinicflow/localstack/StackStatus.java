package io.clinicflow.localstack;

import io.clinicflow.messaging.EventMetrics;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local stack's one status line a minute, from what the stack counts already: events published and records
 * dead-lettered (the services' counters), consumer lag (the dashboard's gauge) and journeys in flight (bookings that
 * hold a slot: booked, not yet treated or ended). A new dead letter and a lag that keeps growing also get a warning.
 */
final class StackStatus implements AutoCloseable {

    /** System property: how often the line is printed (ISO-8601, e.g. PT10S); once a minute unless set. */
    static final String INTERVAL = "clinicflow.local-stack.status-interval";
    /** A lag above this that did not fall since the last line means a consumer is stuck, not merely busy. */
    private static final double STUCK_LAG = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final List<MeterRegistry> services;
    private final MeterRegistry dashboard;
    private final ClinicInfrastructure infrastructure;
    private final Duration interval;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("local-stack-status").daemon().factory());
    private double published;
    private double deadLetters;
    private double lag;

    private StackStatus(List<MeterRegistry> services, MeterRegistry dashboard, ClinicInfrastructure infrastructure,
                        Duration interval) {
        this.services = services;
        this.dashboard = dashboard;
        this.infrastructure = infrastructure;
        this.interval = interval;
    }

    static StackStatus start(List<MeterRegistry> services, MeterRegistry dashboard, ClinicInfrastructure infrastructure) {
        Duration interval = Duration.parse(System.getProperty(INTERVAL, "PT1M"));
        StackStatus status = new StackStatus(services, dashboard, infrastructure, interval);
        status.published = status.total(EventMetrics.PUBLISHED);
        status.executor.scheduleAtFixedRate(status::printUnlessStopping, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return status;
    }

    /** A line that cannot be read (the stack is stopping) is skipped; a thrown one would end the schedule. */
    private void printUnlessStopping() {
        try {
            print();
        } catch (RuntimeException e) {
            System.out.println("Status not read: " + e);
        }
    }

    private void print() {
        double nowPublished = total(EventMetrics.PUBLISHED);
        double nowDeadLetters = total(EventMetrics.DEAD_LETTERED);
        double nowLag = Search.in(dashboard).name("clinicflow.consumer.lag").gauges().stream()
                .mapToDouble(gauge -> gauge.value()).sum();
        System.out.printf("%s  events/min %.0f   journeys in flight %s   dead letters %.0f   lag %.0f%n",
                LocalTime.now().format(TIME), (nowPublished - published) * 60_000 / interval.toMillis(),
                journeysInFlight(), nowDeadLetters, nowLag);
        if (nowDeadLetters > deadLetters) {
            System.out.printf("WARN  %.0f new dead letter(s): see http://localhost:%d/ (dead letters, replay)%n",
                    nowDeadLetters - deadLetters, StackPort.DASHBOARD.number());
        }
        if (nowLag > STUCK_LAG && nowLag >= lag) {
            System.out.printf("WARN  consumer lag %.0f has not fallen since the last line: a consumer may be stuck%n", nowLag);
        }
        published = nowPublished;
        deadLetters = nowDeadLetters;
        lag = nowLag;
    }

    private double total(String counter) {
        return services.stream().flatMap(registry -> Search.in(registry).name(counter).counters().stream())
                .mapToDouble(c -> c.count()).sum();
    }

    private String journeysInFlight() {
        try (Connection booking = infrastructure.connect("booking");
             ResultSet count = booking.createStatement().executeQuery("select count(*) from booking where holds_slot")) {
            count.next();
            return Long.toString(count.getLong(1));
        } catch (SQLException e) {
            return "?";
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
