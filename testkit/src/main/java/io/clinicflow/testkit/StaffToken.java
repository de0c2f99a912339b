package io.clinicflow.testkit;

import io.clinicflow.security.StaffRole;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What a token says about its bearer: subject, roles, locations ({@code "*"} = chain-wide) and how long it lives
 * (negative = already expired). {@link TokenIssuer#mint(StaffToken)} signs it.
 */
public record StaffToken(String subject, Set<StaffRole> roles, List<String> locations, Duration lifetime) {

    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

    public StaffToken {
        roles = Set.copyOf(roles);
        locations = List.copyOf(locations);
    }

    /** Every role at every location: what tests and the demo send unless they say otherwise. */
    public static StaffToken chainWide() {
        return new StaffToken("clinicflow-test", StaffRole.ALL, List.of("*"), DEFAULT_LIFETIME);
    }

    /** One role at the given locations. */
    public static StaffToken of(StaffRole role, String... locations) {
        return new StaffToken(role.name().toLowerCase().replace('_', '-') + "@" + String.join("+", locations),
                Set.of(role), List.of(locations), DEFAULT_LIFETIME);
    }

    public StaffToken subject(String subject) {
        return new StaffToken(subject, roles, locations, lifetime);
    }

    /** A token whose expiry lies this long in the past (beyond the decoder's clock-skew allowance). */
    public StaffToken expiredFor(Duration ago) {
        return new StaffToken(subject, roles, locations, ago.negated());
    }
}
