package io.clinicflow.booking.practitioners;

import io.clinicflow.booking.locations.LocationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class PractitionerRepository {

    private static final String SELECT = """
            select p.id, p.name, array_agg(pl.location_id order by pl.location_id) as location_ids
            from practitioner p join practitioner_location pl on pl.practitioner_id = p.id
            """;

    private final JdbcClient jdbc;

    PractitionerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
    }

    Optional<Practitioner> find(PractitionerId id) {
        return jdbc.sql(SELECT + " where p.id = :id group by p.id, p.name").param("id", id.value())
                .query(PractitionerRepository::practitioner).optional();
    }

    List<Practitioner> all() {
        return jdbc.sql(SELECT + " group by p.id, p.name order by p.name, p.id")
                .query(PractitionerRepository::practitioner).list();
    }

    List<Practitioner> at(LocationId location) {
        return jdbc.sql(SELECT + """
                         where p.id in (select practitioner_id from practitioner_location where location_id = :location)
                         group by p.id, p.name order by p.name, p.id""")
                .param("location", location.value())
                .query(PractitionerRepository::practitioner).list();
    }

    private static Practitioner practitioner(ResultSet row, int number) throws SQLException {
        UUID[] locations = (UUID[]) row.getArray("location_ids").getArray();
        return new Practitioner(new PractitionerId(row.getObject("id", UUID.class)), row.getString("name"),
                Arrays.stream(locations).map(LocationId::new).toList());
    }
}
