package io.clinicflow.localstack;

import io.clinicflow.security.StaffRole;
import io.clinicflow.testkit.Clinic;
import io.clinicflow.testkit.StaffToken;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The local stack's demo staff, by user name: per demo location {@code frontdesk@<site>}, {@code practitioner@<site>}
 * and {@code integration@<site>}; chain-wide {@code ops@chain}, {@code integration@chain} and {@code admin@chain}
 * (every role). README lists them.
 */
final class DemoUsers {

    private final Map<String, StaffToken> users;

    private DemoUsers(Map<String, StaffToken> users) {
        this.users = Map.copyOf(users);
    }

    /** Demo users for the seeded sites, keyed by a short site name such as {@code london}. */
    static DemoUsers of(Map<String, Clinic.Site> sites) {
        Map<String, StaffToken> users = new LinkedHashMap<>();
        sites.forEach((name, site) -> {
            users.put("frontdesk@" + name, staff("frontdesk@" + name, StaffRole.FRONT_DESK, site.locationId()));
            users.put("practitioner@" + name, staff("practitioner@" + name, StaffRole.PRACTITIONER, site.locationId()));
            users.put("integration@" + name, staff("integration@" + name, StaffRole.INTEGRATION, site.locationId()));
        });
        users.put("ops@chain", staff("ops@chain", StaffRole.OPS, "*"));
        users.put("integration@chain", staff("integration@chain", StaffRole.INTEGRATION, "*"));
        users.put("admin@chain", StaffToken.chainWide().subject("admin@chain"));
        return new DemoUsers(users);
    }

    private static StaffToken staff(String user, StaffRole role, String location) {
        return new StaffToken(user, Set.of(role), List.of(location), StaffToken.DEFAULT_LIFETIME);
    }

    Optional<StaffToken> named(String user) {
        return Optional.ofNullable(users.get(user));
    }

    Set<String> names() {
        return users.keySet();
    }
}
