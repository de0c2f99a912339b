package io.clinicflow.booking.locations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        jdbc.sql("""
                        insert into location (id, name, time_zone, opening_hours)
                        values (:id, :name, :timeZone, cast(:openingHours as jsonb))""")
                .param("id", location.id().value())
                .param("name", location.name())
                .param("timeZone", location.timeZone().getId())
                .param("openingHours", json.writeValueAsString(location.openingHours().days()))
                .update();
    }

    Optional<Location> find(LocationId id) {
        return jdbc.sql("select * from location where id = :id").param("id", id.value()).query(this::location).optional();
    }

    List<Location> all() {
        return jdbc.sql("select * from location order by name, id").query(this::location).list();
    }

    private Location location(ResultSet row, int number) throws SQLException {
        return new Location(new LocationId(row.getObject("id", UUID.class)), row.getString("name"),
                ZoneId.of(row.getString("time_zone")),
                new OpeningHours(json.readValue(row.getString("opening_hours"), HOURS)));
    }
}
