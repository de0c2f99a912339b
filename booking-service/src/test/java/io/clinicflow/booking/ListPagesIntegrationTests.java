package io.clinicflow.booking;

import io.clinicflow.security.StaffRole;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ApiClient.Response;
import io.clinicflow.testkit.StaffToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.clinicflow.booking.Reception.inDays;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists answer a page at a time (ADR 0037): {@code limit} records after {@code offset}, in the list's order, of the
 * caller's locations only, so that a page of a location-scoped list is a full page; a limit over the maximum is a 400.
 */
@BookingServiceTest
class ListPagesIntegrationTests extends WithRegisteredClient {

    private ApiClient frontDeskOfSoho() {
        return reception.api.as(StaffToken.of(StaffRole.FRONT_DESK, soho));
    }

    private static List<String> ids(Response list) {
        assertThat(list.status()).as("%s", list.body()).isEqualTo(200);
        return list.body().valueStream().map(record -> record.path("id").asString()).toList();
    }

    @Test
    void pagesTheClientsOfTheCallersLocationsInTheOrderTheyRegistered() {
        String grace = reception.registerClient(soho);
        String mary = reception.registerClient(soho);
        reception.registerClient(reception.openLocation());

        assertThat(ids(frontDeskOfSoho().get("/api/v1/clients"))).containsExactly(ada, grace, mary);
        assertThat(ids(frontDeskOfSoho().get("/api/v1/clients?limit=2"))).containsExactly(ada, grace);
        assertThat(ids(frontDeskOfSoho().get("/api/v1/clients?limit=2&offset=2"))).containsExactly(mary);
    }

    @Test
    void pagesTheLocationsAndPractitionersTheCallerCoversByName() {
        String brixton = reception.openLocation();
        String noor = reception.practitionerAt(brixton);
        ApiClient both = reception.api.as(StaffToken.of(StaffRole.FRONT_DESK, soho, brixton));
        List<String> byName = ids(both.get("/api/v1/locations"));

        assertThat(byName).containsExactlyInAnyOrder(soho, brixton);
        assertThat(ids(both.get("/api/v1/locations?limit=1&offset=1"))).containsExactly(byName.get(1));
        assertThat(ids(both.get("/api/v1/practitioners?limit=1"))).hasSize(1).isSubsetOf(mara, noor);
        assertThat(ids(frontDeskOfSoho().get("/api/v1/practitioners"))).containsExactly(mara);
    }

    @Test
    void pagesALocationsDayAndAClientsBookingsInTimeOrder() {
        String nine = reception.bookedSession(ada, soho, mara, inDays(2, "09:00"));
        String noon = reception.bookedSession(ada, soho, mara, inDays(2, "12:00"));
        String brixton = reception.openLocation();
        reception.bookedSession(ada, brixton, reception.practitionerAt(brixton), inDays(2, "15:00"));
        String day = "/api/v1/locations/" + soho + "/bookings?date=" + inDays(2, "09:00").toLocalDate();

        assertThat(ids(reception.api.get(day + "&limit=1"))).containsExactly(nine);
        assertThat(ids(reception.api.get(day + "&offset=1"))).containsExactly(noon);
        assertThat(ids(frontDeskOfSoho().get("/api/v1/clients/" + ada + "/bookings"))).containsExactly(nine, noon);
        assertThat(ids(frontDeskOfSoho().get("/api/v1/clients/" + ada + "/bookings?offset=1&limit=5")))
                .containsExactly(noon);
    }

    @Test
    void refusesALimitOverTheMaximumNamingIt() {
        Response tooMany = reception.api.get("/api/v1/clients?limit=1001");
        Response notANumber = reception.api.get("/api/v1/clients?limit=many");

        assertThat(Reception.errorFields(tooMany)).containsExactly("limit");
        assertThat(Reception.errorFields(notANumber)).containsExactly("limit");
        assertThat(notANumber.body().path("errors").get(0).path("message").asString())
                .isEqualTo("must be a whole number");
    }
}
