package io.clinicflow.booking.practitioners;

import io.clinicflow.booking.locations.CoveredLocations;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.locations.OpenPeriod;
import io.clinicflow.booking.locations.OpeningHours;
import io.clinicflow.kernel.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
class PractitionerRepository {

    private static final TypeReference<Map<DayOfWeek, List<OpenPeriod>>> HOURS = new TypeReference<>() {
    };
    private static final String SELECT = """
            select p.id, p.name, array_agg(pl.location_id order by pl.location_id) as location_ids
            from practitioner p join practitioner_location pl on pl.practitioner_id = p.id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PractitionerRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(Practitioner practitioner) {
        jdbc.sql("insert into practitioner (id, name) values (:id, :name)")
                .param("id", practitioner.id().value())
                .param("name", practitioner.name())
                .update();
        for (LocationId location : practitioner.locationIds()) {
            jdbc.sql("insert into practitioner_location (practitioner_id, location_id) values (:practitioner, :location)")
                    .param("practitioner", practitioner.id().value())
                    .param("location", location.value())
                    .update();
        }
        practitioner.schedules().forEach((location, hours) -> jdbc.sql("""
                        insert into practitioner_schedule (practitioner_id, location_id, working_hours)
                        values (:practitioner, :location, cast(:hours as jsonb))""")
                .param("practitioner", practitioner.id().value())
                .param("location", location.value())
                .param("hours", json.writeValueAsString(hours.days()))
                .update());
    }

    void add(TimeOff timeOff) {
        jdbc.sql("""
                        insert into practitioner_time_off (id, practitioner_id, starts_at, ends_at)
                        values (:id, :practitioner, :startsAt, :endsAt)""")
                .param("id", timeOff.id())
                .param("practitioner", timeOff.practitionerId().value())
                .param("startsAt", Timestamp.from(timeOff.startsAt()))
                .param("endsAt", Timestamp.from(timeOff.endsAt()))
                .update();
    }

    /** Time off of the practitioner that overlaps {@code [from, until)}. */
    List<TimeOff> timeOff(PractitionerId practitioner, Instant from, Instant until) {
        return jdbc.sql("""
                        select * from practitioner_time_off
                        where practitioner_id = :practitioner and starts_at < :until and ends_at > :from
                        order by starts_at""")
                .param("practitioner", practitioner.value())
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .query((row, number) -> new TimeOff(row.getObject("id", UUID.class), practitioner,
                        row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant()))
                .list();
    }

    Optional<Practitioner> find(PractitionerId id) {
        return jdbc.sql(SELECT + " where p.id = :id group by p.id, p.name").param("id", id.value())
                .query(this::practitioner).optional();
    }

    /** A page of the practitioners who work at one of the covered locations, by name. */
    List<Practitioner> page(CoveredLocations covered, Page page) {
        return jdbc.sql(SELECT + """
                         where p.id in (select practitioner_id from practitioner_location
                                        where location_id = any(cast(:covered as uuid[])))
                         group by p.id, p.name order by p.name, p.id limit :limit offset :offset""")
                .param("covered", covered.sql()).param("limit", page.limit()).param("offset", page.offset())
                .query(this::practitioner).list();
    }

    List<Practitioner> at(LocationId location) {
        return jdbc.sql(SELECT + """
                         where p.id in (select practitioner_id from practitioner_location where location_id = :location)
                         group by p.id, p.name order by p.name, p.id""")
                .param("location", location.value())
                .query(this::practitioner).list();
    }

    private Practitioner practitioner(ResultSet row, int number) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        UUID[] locations = (UUID[]) row.getArray("location_ids").getArray();
        return new Practitioner(new PractitionerId(id), row.getString("name"),
                Arrays.stream(locations).map(LocationId::new).toList(), schedules(id));
    }

    private Map<LocationId, OpeningHours> schedules(UUID practitioner) {
        Map<LocationId, OpeningHours> schedules = new HashMap<>();
        jdbc.sql("select location_id, working_hours from practitioner_schedule where practitioner_id = :practitioner")
                .param("practitioner", practitioner)
                .query(row -> {
                    schedules.put(new LocationId(row.getObject("location_id", UUID.class)),
                            new OpeningHours(json.readValue(row.getString("working_hours"), HOURS)));
                });
        return schedules;
    }
}
