package io.clinicflow.booking.locations;

import io.clinicflow.kernel.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Repository
class LocationRepository {

    private static final TypeReference<Map<DayOfWeek, List<OpenPeriod>>> HOURS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LocationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(Location location) {
        LocationSettings settings = location.settings();
        jdbc.sql("""
                        insert into location (id, name, time_zone, opening_hours, short_session_minutes,
                            long_session_minutes, buffer_minutes, course_length, min_days_between_sessions)
                        values (:id, :name, :timeZone, cast(:openingHours as jsonb), :shortSession, :longSession,
                            :buffer, :courseLength, :minDays)""")
                .param("id", location.id().value())
                .param("name", location.name())
                .param("timeZone", location.timeZone().getId())
                .param("openingHours", json.writeValueAsString(location.openingHours().days()))
                .param("shortSession", settings.shortSession().toMinutes())
                .param("longSession", settings.longSession().toMinutes())
                .param("buffer", settings.buffer().toMinutes())
                .param("courseLength", settings.courseLength())
                .param("minDays", settings.minDaysBetweenSessions())
                .update();
    }

    /** False when the location was already closed that day. */
    boolean addClosure(Closure closure) {
        return jdbc.sql("""
                        insert into location_closure (location_id, closed_on, reason) values (:location, :date, :reason)
                        on conflict do nothing""")
                .param("location", closure.locationId().value())
                .param("date", closure.closedOn())
                .param("reason", closure.reason())
                .update() == 1;
    }

    Set<LocalDate> closures(LocationId location, LocalDate from, LocalDate to) {
        return new HashSet<>(jdbc.sql("""
                        select closed_on from location_closure
                        where location_id = :location and closed_on between :from and :to""")
                .param("location", location.value()).param("from", from).param("to", to)
                .query((row, number) -> row.getObject("closed_on", LocalDate.class)).list());
    }

    Optional<Location> find(LocationId id) {
        return jdbc.sql("select * from location where id = :id").param("id", id.value()).query(this::location).optional();
    }

    List<UUID> ids() {
        return jdbc.sql("select id from location").query(UUID.class).list();
    }

    List<Location> page(CoveredLocations covered, Page page) {
        return jdbc.sql("""
                        select * from location where id = any(cast(:covered as uuid[]))
                        order by name, id limit :limit offset :offset""")
                .param("covered", covered.sql()).param("limit", page.limit()).param("offset", page.offset())
                .query(this::location).list();
    }

    private Location location(ResultSet row, int number) throws SQLException {
        return new Location(new LocationId(row.getObject("id", UUID.class)), row.getString("name"),
                ZoneId.of(row.getString("time_zone")), hours(row.getString("opening_hours")), settings(row));
    }

    private OpeningHours hours(String stored) {
        return new OpeningHours(json.readValue(stored, HOURS));
    }

    private static LocationSettings settings(ResultSet row) throws SQLException {
        return new LocationSettings(Duration.ofMinutes(row.getInt("short_session_minutes")),
                Duration.ofMinutes(row.getInt("long_session_minutes")), Duration.ofMinutes(row.getInt("buffer_minutes")),
                row.getInt("course_length"), row.getInt("min_days_between_sessions"));
    }
}
