package io.clinicflow.e2e.edge;

import io.clinicflow.e2e.ClinicFlowStack;
import io.clinicflow.security.StaffRole;
import io.clinicflow.testkit.StaffToken;
import io.clinicflow.testkit.TokenIssuer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link HostileRequestTests} found, shrunk, as plain tests (issue 23): one per cause, named for the rule it
 * broke. The caller of another location covers a location of its own, which the site does not belong to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputRegressionTests {

    private static final String ELSEWHERE = UUID.randomUUID().toString();

    private final ClinicFlowStack stack = ClinicFlowStack.get();
    private final EdgeCalls calls = new EdgeCalls("localhost");
    private EdgeSite site;

    @BeforeAll
    void openASite() {
        site = EdgeSite.open(stack.clinic, "Regression Soho", "Philippa", "Quenneville");
    }

    /**
     * Tomcat refused such a request itself and closed the connection on the unread rest, and now and then the client
     * got the reset instead of the answer (CI, seed -398578861275593085). It is read whole and refused with 414 now.
     */
    @Test
    void aUrlPastTheServersLimitIsRefusedWithAProblemDetailEveryTime() {
        byte[] body = "{\"firstName\":\"Ada\"}".getBytes(StandardCharsets.UTF_8);
        for (int attempt = 0; attempt < 20; attempt++) {
            Answer answer = calls.send(Service.BOOKING.port(stack), "POST", "/api/v1/clients?note=" + "a".repeat(30_000),
                    Map.of("Authorization", bearer(StaffToken.chainWide()), "Content-Type", "application/json"), body);

            assertRefusedWithAProblemDetail(answer, Set.of(414));
        }
    }

    @Test
    void anEncodedBackslashInAnIdIsRefusedWithAProblemDetail() {
        Answer answer = get(Service.AFTERCARE, "/api/v1/clients/..%5C..%5Cwindows/aftercare", StaffToken.chainWide());

        assertRefusedWithAProblemDetail(answer, Set.of(400, 404));
    }

    @Test
    void anotherLocationsScreeningIsNotFoundWithoutNamingItsBooking() {
        Answer answer = get(Service.SESSION, "/api/v1/screenings/" + site.screeningId(),
                StaffToken.of(StaffRole.PRACTITIONER, ELSEWHERE));

        assertRefusedWithAProblemDetail(answer, Set.of(404));
        assertThat(answer.body()).as("ADR 0024: the same detail as an unknown id").doesNotContain(site.bookingId());
    }

    @Test
    void theHealthDataAuditOfAnotherLocationsClientStaysHidden() {
        Answer answer = get(Service.SESSION, "/api/v1/audit?clientId=" + site.clientId(),
                StaffToken.of(StaffRole.OPS, ELSEWHERE));

        assertThat(answer.body()).as("ADR 0024: another location's client is not found: %s", answer.excerpt())
                .doesNotContain(site.bookingId()).doesNotContain(site.screeningId());
    }

    @Test
    void aClosureInTheYear99999999IsRefusedNotAFailure() {
        Answer answer = calls.send(Service.BOOKING.port(stack), "POST",
                "/api/v1/locations/" + site.locationId() + "/closures", Map.of("Authorization", bearer(
                        StaffToken.chainWide()), "Content-Type", "application/json"),
                "{\"date\":\"+99999999-01-01\",\"reason\":\"flood\"}".getBytes(StandardCharsets.UTF_8));

        assertRefusedWithAProblemDetail(answer, Set.of(400));
    }

    private Answer get(Service service, String uri, StaffToken caller) {
        return calls.send(service.port(stack), "GET", uri, Map.of("Authorization", bearer(caller)), null);
    }

    private static String bearer(StaffToken caller) {
        return "Bearer " + TokenIssuer.ofThisJvm().mint(caller);
    }

    private static void assertRefusedWithAProblemDetail(Answer answer, Set<Integer> statuses) {
        assertThat(answer.status()).as(answer.excerpt()).isIn(statuses);
        assertThat(answer.json()).as("a problem detail: [%s] %s", answer.contentType(), answer.excerpt())
                .hasValueSatisfying(problem -> assertThat(problem.path("status").asInt()).isEqualTo(answer.status()));
        assertThat(EdgeProperties.namesJava(answer.body())).as("names Java types: %s", answer.excerpt()).isFalse();
    }
}
