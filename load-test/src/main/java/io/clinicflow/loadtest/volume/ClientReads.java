package io.clinicflow.loadtest.volume;

import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.HdrHistogram.Histogram;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The front desk's reads of a client's history and of a practitioner's calendar, one call after another (closed loop),
 * p99 of {@value #CALLS} calls. The clients, practitioners and days are picked at random from the databases, among
 * those with history: at volume, mostly the seeded chain's.
 */
public final class ClientReads {

    static final int CALLS = 200;
    /** Untimed calls first: the load run before does not call these endpoints, so their code is still cold. */
    static final int WARM_UP = 50;
    private static final long MAX_MICROS = 60_000_000L;

    private ClientReads() {
    }

    public static List<Reading> measure(ClinicInfrastructure infrastructure, ApiClient booking, ApiClient aftercare,
                                        Instant now) throws SQLException {
        List<String> bookingClients = sample(infrastructure, "booking",
                "select client_id::text from booking order by random() limit ?", CALLS);
        List<String> aftercareClients = sample(infrastructure, "aftercare",
                "select client_id::text from aftercare_plan order by random() limit ?", CALLS);
        // the days ahead the front desk books into: a practitioner's day that already has bookings
        List<String> calendarDays = sample(infrastructure, "booking", """
                select '/api/v1/locations/' || location_id || '/availability?date='
                       || to_char(starts_at at time zone time_zone, 'YYYY-MM-DD') || '&practitionerId=' || practitioner_id
                from booking where starts_at >= ? order by random() limit ?""", Timestamp.from(now), CALLS);
        return List.of(
                p99("GET /clients/{id}/bookings p99", booking, bookingClients,
                        client -> "/api/v1/clients/" + client + "/bookings"),
                p99("GET /clients/{id}/aftercare p99", aftercare, aftercareClients,
                        client -> "/api/v1/clients/" + client + "/aftercare"),
                p99("availability of a practitioner's day p99", booking, calendarDays, Function.identity()));
    }

    /** The values of the query's one column. */
    private static List<String> sample(ClinicInfrastructure infrastructure, String database, String sql,
                                       Object... parameters) throws SQLException {
        try (Connection connection = infrastructure.connect(database);
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    /**
     * Calls each path in turn, {@value #WARM_UP} calls untimed and then {@value #CALLS}; no path, or an answer other
     * than 200, is no measure (n/a).
     */
    private static Reading p99(String measure, ApiClient service, List<String> samples, Function<String, String> path) {
        if (samples.isEmpty()) {
            return Reading.latency(measure, Double.NaN);
        }
        Histogram micros = new Histogram(MAX_MICROS, 3);
        for (int call = 0; call < WARM_UP + CALLS; call++) {
            String uri = path.apply(samples.get(call % samples.size()));
            long started = System.nanoTime();
            ApiClient.Response response = service.get(uri);
            if (call >= WARM_UP) {
                micros.recordValue(Math.min((System.nanoTime() - started) / 1_000, MAX_MICROS));
            }
            if (response.status() != 200) {
                // after an hour of seeding, a table with this row's n/a is worth more than a stack trace
                System.err.printf("%s: %s answered %d %s; not measured%n", measure, uri, response.status(),
                        response.body());
                return Reading.latency(measure, Double.NaN);
            }
        }
        return Reading.latency(measure, micros.getValueAtPercentile(99) / 1000.0);
    }
}
