package io.clinicflow.session.declarations;

import io.clinicflow.avro.session.HealthDeclarationSubmitted;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.events.Topics;
import io.clinicflow.session.BookingServiceStandIn.BookedSession;
import io.clinicflow.session.SessionServiceTest;
import io.clinicflow.session.WithNewClient;
import io.clinicflow.testkit.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@SessionServiceTest
class DeclarationIntegrationTests extends WithNewClient {

    @Test
    void acceptsADeclarationFromAClientNotRegisteredYetAndPublishesItWithoutAnswers() {
        ApiClient.Response response = declare(Map.of("answers", Map.of("ACTIVE_ACNE_IN_AREA", true,
                "FITZPATRICK_TYPE", 3, "SUNBURN_LAST", false)));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text("clientId")).isEqualTo(clientId.toString());
        OffsetDateTime submittedAt = OffsetDateTime.parse(response.text("submittedAt"));
        HealthDeclarationSubmitted event = probe.awaitEvent(Topics.SESSION_EVENTS, HealthDeclarationSubmitted.class,
                e -> e.getDeclarationId().equals(response.text("id")));
        assertThat(event.getSubmittedAt()).isEqualTo(submittedAt.toInstant());
        assertThat(event.getMeta().getClientId()).isEqualTo(clientId.toString());
        assertThat(event.getMeta().getLocationId()).isEqualTo("unknown");
        assertThat(event.getSchema().getField("answers")).isNull();
        assertThat(probe.rawRecords(Topics.SESSION_EVENTS))
                .anySatisfy(record -> assertThat(record.key()).isEqualTo(clientId.toString()));
    }

    @Test
    void placesTheDeclarationAtTheClientsHomeLocation() {
        String home = UUID.randomUUID().toString();
        bookingService.registerClient(clientId, LocalDate.parse("1985-03-01"), home);
        awaitScreening(bookingService.book(clientId, clock.instant().plus(Duration.ofDays(2))));

        assertThat(publishedLocationOf(declare(Map.of("answers", Map.of())))).isEqualTo(home);
    }

    @Test
    void placesTheDeclarationWhereTheClientLastBookedWhenTheirHomeIsUnknown() {
        BookedSession booking = bookingService.book(clientId, clock.instant().plus(Duration.ofDays(2)));
        awaitScreening(booking);

        assertThat(publishedLocationOf(declare(Map.of("answers", Map.of())))).isEqualTo(booking.locationId());
    }

    @Test
    void refusesAQuestionItDoesNotKnow() {
        assertRefused(Map.of("answers", Map.of("FEELS_LUCKY", true)), "answers.FEELS_LUCKY");
    }

    @Test
    void refusesALastDateInTheFuture() {
        LocalDate dayAfterTomorrow = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(2);

        assertRefused(Map.of("answers", Map.of("SUNBURN_LAST", dayAfterTomorrow.toString())), "answers.SUNBURN_LAST");
    }

    @Test
    void refusesAnswersOfTheWrongType() {
        assertRefused(Map.of("answers", Map.of("BLEEDING_DISORDER", "2026-01-01")), "answers.BLEEDING_DISORDER");
        assertRefused(Map.of("answers", Map.of("ISOTRETINOIN_LAST_DOSE", true)), "answers.ISOTRETINOIN_LAST_DOSE");
        assertRefused(Map.of("answers", Map.of("FITZPATRICK_TYPE", 7)), "answers.FITZPATRICK_TYPE");
    }

    /** Issue 23: the answer to a list of answers named {@code java.util.LinkedHashMap<java.lang.String,…>}. */
    @Test
    void refusesAnswersThatAreAListInPlainWords() {
        ApiClient.Response response = declare(Map.of("answers", List.of(Map.of("PREGNANT_OR_BREASTFEEDING", true))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("answers");
        assertThat(response.body().path("errors").get(0).path("message").asString()).isEqualTo("must be an object");
        assertThat(response.body().toString()).doesNotContain("java", "Map", "Exception");
    }

    @Test
    void refusesAListOrAnObjectWhereAnAnswerBelongs() {
        assertRefused(Map.of("answers", Map.of("PREGNANT_OR_BREASTFEEDING", List.of(true))),
                "answers.PREGNANT_OR_BREASTFEEDING");
        assertRefused(Map.of("answers", Map.of("ISOTRETINOIN_LAST_DOSE", Map.of("on", "2019-03-17"))),
                "answers.ISOTRETINOIN_LAST_DOSE");
        assertRefused(Map.of("answers", Map.of("FITZPATRICK_TYPE", List.of(3))), "answers.FITZPATRICK_TYPE");
    }

    /** The questionnaire has 19 questions; a declaration holds at most 100 answers, and a code is not a megabyte. */
    @Test
    void refusesMoreAnswersThanAnyQuestionnaireHasAndCodesLongerThanAnyCode() {
        Map<String, Object> tooMany = new HashMap<>();
        IntStream.range(0, 101).forEach(i -> tooMany.put("QUESTION_" + i, false));

        assertRefused(Map.of("answers", tooMany), "answers");
        Map<String, Object> longCode = Map.of("answers", Map.of("X".repeat(1000), false));
        assertRefused(longCode, "answers");
        assertThat(declare(longCode).body().toString()).as("the code is not echoed back").hasSizeLessThan(1000);
    }

    @Test
    void storesNothingFromARefusedDeclaration() {
        bookingService.registerClient(clientId, LocalDate.parse("1985-03-01"), UUID.randomUUID().toString());
        String tomorrow = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(2).toString();

        assertThat(declare(Map.of("answers", Map.of("FEELS_LUCKY", true))).status()).isEqualTo(400);
        assertThat(declare(Map.of("answers", Map.of("SUNBURN_LAST", tomorrow))).status()).isEqualTo(400);
        assertThat(declare(Map.of("answers", Map.of("ANTICOAGULANTS", 1))).status()).isEqualTo(400);
        BookedSession booking = bookingService.book(clientId, clock.instant().plus(Duration.ofDays(2)));

        assertThat(probe.awaitEvent(Topics.SESSION_EVENTS, ScreeningCompleted.class,
                e -> e.getBookingId().equals(booking.bookingId().toString())).getOutcome().name())
                .isEqualTo("DECLARATION_REQUIRED");
        assertThat(probe.eventsOf(Topics.SESSION_EVENTS, HealthDeclarationSubmitted.class, clientId.toString()))
                .isEmpty();
    }

    @Test
    void servesTheQuestionnaireAsData() {
        ApiClient.Response response = api.get("/api/v1/screening-questionnaire");

        assertThat(response.status()).isEqualTo(200);
        JsonNode questions = response.body().path("questions");
        assertThat(questions).hasSize(AnswerCode.values().length);
        assertThat(questions).allSatisfy(q -> assertThat(q.path("text").asString()).endsWith("?"));
        assertThat(questions).extracting(q -> q.path("code").asString() + " " + q.path("answerType").asString())
                .contains("PREGNANT_OR_BREASTFEEDING BOOLEAN", "ISOTRETINOIN_LAST_DOSE DATE", "FITZPATRICK_TYPE NUMBER");
        JsonNode fitzpatrick = questions.valueStream()
                .filter(q -> q.path("code").asString().equals("FITZPATRICK_TYPE")).findFirst().orElseThrow();
        assertThat(fitzpatrick.path("range").path("min").asInt()).isEqualTo(1);
        assertThat(fitzpatrick.path("range").path("max").asInt()).isEqualTo(6);
    }

    @Test
    void requiresAnswersAndAClientIdThatIsAUuid() {
        assertRefused(Map.of(), "answers");
        ApiClient.Response response = api.post("/api/v1/clients/not-a-uuid/health-declarations",
                Map.of("answers", Map.of()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("clientId");
    }

    private ApiClient.Response declare(Map<String, Object> body) {
        return api.post("/api/v1/clients/" + clientId + "/health-declarations", body);
    }

    private String publishedLocationOf(ApiClient.Response declared) {
        assertThat(declared.status()).isEqualTo(201);
        return probe.awaitEvent(Topics.SESSION_EVENTS, HealthDeclarationSubmitted.class,
                e -> e.getDeclarationId().equals(declared.text("id"))).getMeta().getLocationId();
    }

    private void awaitScreening(BookedSession booking) {
        probe.awaitEvent(Topics.SESSION_EVENTS, ScreeningCompleted.class,
                e -> e.getBookingId().equals(booking.bookingId().toString()));
    }

    private void assertRefused(Map<String, Object> body, String field) {
        ApiClient.Response response = declare(body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo(field);
    }
}
