package io.clinicflow.testkit;

import io.clinicflow.security.StaffRole;
import org.junit.jupiter.api.DynamicTest;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An authorization matrix generated from one table per service: every endpoint x every {@link StaffRole} x the
 * caller's own or another location. A role the endpoint does not allow gets 403; an allowed role gets the
 * endpoint's success status at its own location and, where the endpoint is location-scoped, 404 at another's.
 * The caller's token always names the OWN location only, so an endpoint for chain-wide staff only (the chain's
 * plumbing, ADR 0044) answers it 403, and a chain-wide token of each allowed role gets the success status.
 */
public final class AccessMatrix {

    /** Whether the record asked for lies at the caller's location or at another one. */
    public enum Side { OWN, OTHER }

    /** Calls the endpoint as the given client for a record of the given side; fresh records as the call needs. */
    @FunctionalInterface
    public interface Call {
        ApiClient.Response as(ApiClient caller, Side side);
    }

    /** Which locations' tokens an endpoint serves. */
    public enum Reach { ANY_LOCATION, OWN_LOCATION, CHAIN_WIDE_ONLY }

    /** One row of a service's table. */
    public record Endpoint(String name, Set<StaffRole> allowed, Reach reach, int success, Call call) {
        public Endpoint {
            allowed = Set.copyOf(allowed);
        }

        int expected(StaffRole role, Side side) {
            if (!allowed.contains(role) || reach == Reach.CHAIN_WIDE_ONLY) {
                return 403;
            }
            return reach == Reach.OWN_LOCATION && side == Side.OTHER ? 404 : success;
        }
    }

    public static Endpoint scoped(String name, int success, Call call, StaffRole... allowed) {
        return new Endpoint(name, StaffRole.of(allowed), Reach.OWN_LOCATION, success, call);
    }

    public static Endpoint unscoped(String name, int success, Call call, StaffRole... allowed) {
        return new Endpoint(name, StaffRole.of(allowed), Reach.ANY_LOCATION, success, call);
    }

    public static Endpoint chainWide(String name, int success, Call call, StaffRole... allowed) {
        return new Endpoint(name, StaffRole.of(allowed), Reach.CHAIN_WIDE_ONLY, success, call);
    }

    private AccessMatrix() {
    }

    /** The matrix of the table: one dynamic test per endpoint, role and side. */
    public static Stream<DynamicTest> of(ApiClient service, String ownLocationId, List<Endpoint> table) {
        Stream<DynamicTest> located = table.stream().flatMap(endpoint -> Arrays.stream(StaffRole.values())
                .flatMap(role -> Arrays.stream(Side.values()).map(side -> call(endpoint, endpoint.name() + " as "
                        + role + " for " + side + " location", service.as(StaffToken.of(role, ownLocationId)), side,
                        endpoint.expected(role, side)))));
        Stream<DynamicTest> chainWide = table.stream().filter(endpoint -> endpoint.reach() == Reach.CHAIN_WIDE_ONLY)
                .flatMap(endpoint -> endpoint.allowed().stream().map(role -> call(endpoint, endpoint.name()
                        + " as chain-wide " + role, service.as(StaffToken.of(role, "*")), Side.OWN,
                        endpoint.success())));
        return Stream.concat(located, chainWide);
    }

    private static DynamicTest call(Endpoint endpoint, String name, ApiClient caller, Side side, int expected) {
        return DynamicTest.dynamicTest(name + " -> " + expected, () -> {
            ApiClient.Response response = endpoint.call().as(caller, side);
            assertThat(response.status()).as("%s", response.body()).isEqualTo(expected);
        });
    }

    /**
     * A missing, an expired, a wrongly signed token, one from another issuer and one meant for another audience each
     * get 401 with a problem detail, on every path given.
     */
    public static Stream<DynamicTest> unauthenticated(ApiClient service, String... paths) {
        TokenIssuer trusted = TokenIssuer.ofThisJvm();
        StaffToken everything = StaffToken.chainWide();
        Map<String, ApiClient> callers = Map.of(
                "no token", service.withoutToken(),
                "an expired token", service.as(trusted.mint(everything.expiredFor(Duration.ofMinutes(10)))),
                "a token signed with another key", service.as(TokenIssuer.generate().mint(everything)),
                "a token of another issuer", service.as(trusted.claiming("https://idp.example.com",
                        TokenIssuer.AUDIENCE).mint(everything)),
                "a token for another audience", service.as(trusted.claiming(TokenIssuer.ISSUER, "crm")
                        .mint(everything)));
        return Arrays.stream(paths).flatMap(path -> callers.entrySet().stream().map(caller ->
                DynamicTest.dynamicTest("GET " + path + " with " + caller.getKey() + " -> 401", () -> {
                    ApiClient.Response response = caller.getValue().get(path);
                    assertThat(response.status()).as("%s", response.body()).isEqualTo(401);
                    assertThat(response.body().path("status").asInt()).isEqualTo(401);
                })));
    }
}
