package io.clinicflow.booking.courses;

import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.booking.BookingServiceTest;
import io.clinicflow.booking.ForeignEvents;
import io.clinicflow.booking.Reception;
import io.clinicflow.events.Topics;
import io.clinicflow.testkit.ApiClient.Response;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.clinicflow.booking.Reception.bookingRequest;
import static io.clinicflow.booking.Reception.errorFields;
import static io.clinicflow.booking.Reception.inDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@BookingServiceTest
class CourseIntegrationTests {

    @LocalServerPort
    int port;

    private final TopicProbe topics = TopicProbe.of(ClinicInfrastructure.shared());
    private Reception reception;
    private String soho;
    private String mara;
    private String ada;

    @BeforeEach
    void openLocation() {
        reception = new Reception(port);
        soho = reception.openLocation(Map.of("courseLength", 4, "minDaysBetweenSessions", 35));
        mara = reception.practitionerAt(soho);
        ada = reception.registerClient(soho);
    }

    private Map<String, Object> laterSession(String course, int days) {
        Map<String, Object> request = bookingRequest(ada, soho, mara, inDays(days, "10:00"));
        request.put("courseId", course);
        return request;
    }

    @Test
    void opensACourseOfTheRequestedOrTheLocationsLengthAndTracksItsSessions() {
        Response lone = reception.book(bookingRequest(ada, soho, mara, inDays(2, "10:00")));
        Map<String, Object> ofFive = bookingRequest(ada, soho, mara, inDays(3, "10:00"));
        ofFive.put("courseLength", 5);
        Response five = reception.book(ofFive);

        assertThat(lone.body().path("courseLength").asInt()).isEqualTo(4);
        assertThat(five.body().path("courseLength").asInt()).isEqualTo(5);
        String course = five.text("courseId");
        JsonNode view = reception.api.get("/api/v1/courses/" + course).body();
        assertThat(view.path("id").asString()).isEqualTo(course);
        assertThat(view.path("clientId").asString()).isEqualTo(ada);
        assertThat(view.path("locationId").asString()).isEqualTo(soho);
        assertThat(view.path("length").asInt()).isEqualTo(5);
        assertThat(view.path("sessionsDone").asInt()).isZero();
        assertThat(view.path("status").asString()).isEqualTo("OPEN");
        assertThat(view.path("bookings").valueStream().map(b -> b.path("bookingId").asString()))
                .containsExactly(five.text("id"));
        assertThat(topics.awaitEvent(Topics.BOOKING_EVENTS, SessionBooked.class,
                e -> e.getBookingId().equals(five.text("id"))).getCourseLength()).isEqualTo(5);
    }

    @Test
    void countsSessionsDoneAsTheyComplete() {
        String first = reception.bookedSession(ada, soho, mara, inDays(2, "10:00"));
        String course = reception.booking(first).path("courseId").asString();
        ForeignEvents session = new ForeignEvents(ada, soho);

        session.publish(session.cleared(first));
        session.publish(session.started(first));
        session.publish(session.completed(first, mara));

        JsonNode view = await().atMost(Duration.ofSeconds(30)).until(
                () -> reception.api.get("/api/v1/courses/" + course).body(),
                body -> body.path("sessionsDone").asInt() == 1);
        assertThat(view.path("status").asString()).isEqualTo("OPEN");
        assertThat(view.path("bookings").get(0).path("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void refusesALaterSessionTooSoonNamingTheEarliestAllowedDate() {
        Response first = reception.book(bookingRequest(ada, soho, mara, inDays(2, "10:00")));
        String course = first.text("courseId");

        Response tooSoon = reception.book(laterSession(course, 36));
        Response inTime = reception.book(laterSession(course, 37));

        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.text("earliestAllowedDate")).isEqualTo(inDays(37, "10:00").toLocalDate().toString());
        assertThat(inTime.status()).isEqualTo(201);
        assertThat(inTime.body().path("sessionNumber").asInt()).isEqualTo(2);
        assertThat(inTime.text("courseId")).isEqualTo(course);
        assertThat(reception.reschedule(inTime.text("id"), inDays(30, "10:00")).status()).isEqualTo(409);
        assertThat(reception.api.get("/api/v1/courses/" + course).body().path("bookings")).hasSize(2);
    }

    @Test
    void rejectsABadCourseLengthOrAnUnknownCourseStoringNothing() {
        Map<String, Object> tooLong = bookingRequest(ada, soho, mara, inDays(2, "10:00"));
        tooLong.put("courseLength", 7);
        Map<String, Object> tooShort = bookingRequest(ada, soho, mara, inDays(2, "10:00"));
        tooShort.put("courseLength", 2);
        String someoneElse = reception.registerClient(soho);
        String othersCourse = reception.book(bookingRequest(someoneElse, soho, mara, inDays(5, "10:00"))).text("courseId");

        assertThat(errorFields(reception.book(tooLong))).containsExactly("courseLength");
        assertThat(errorFields(reception.book(tooShort))).containsExactly("courseLength");
        assertThat(reception.book(laterSession(UUID.randomUUID().toString(), 40)).status()).isEqualTo(404);
        assertThat(errorFields(reception.book(laterSession(othersCourse, 40)))).containsExactly("courseId");
        assertThat(reception.api.get("/api/v1/clients/" + ada + "/bookings").body()).isEmpty();
        assertThat(reception.api.get("/api/v1/courses/" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
