package io.clinicflow.booking.courses;

import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.locations.LocationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Repository
class CourseRepository {

    private final JdbcClient jdbc;

    CourseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Course course) {
        jdbc.sql("""
                        insert into course (id, client_id, location_id, length, opened_at)
                        values (:id, :client, :location, :length, :openedAt)""")
                .param("id", course.id())
                .param("client", course.clientId().value())
                .param("location", course.locationId().value())
                .param("length", course.length())
                .param("openedAt", Timestamp.from(course.openedAt()))
                .update();
    }

    void cancel(UUID course, Instant at) {
        jdbc.sql("update course set cancelled_at = :at where id = :id and cancelled_at is null")
                .param("id", course).param("at", Timestamp.from(at)).update();
    }

    /** The course, locked until the transaction ends, so that its sessions are numbered one at a time. */
    Optional<Course> lock(UUID id) {
        return jdbc.sql("select * from course where id = :id for update").param("id", id)
                .query(CourseRepository::course).optional();
    }

    Optional<Course> find(UUID id) {
        return jdbc.sql("select * from course where id = :id").param("id", id).query(CourseRepository::course).optional();
    }

    private static Course course(ResultSet row, int number) throws SQLException {
        Timestamp cancelled = row.getTimestamp("cancelled_at");
        return new Course(row.getObject("id", UUID.class), new ClientId(row.getObject("client_id", UUID.class)),
                new LocationId(row.getObject("location_id", UUID.class)), row.getInt("length"),
                row.getTimestamp("opened_at").toInstant(), cancelled == null ? null : cancelled.toInstant());
    }
}
