package io.clinicflow.localstack;

import io.clinicflow.security.StaffRole;
import io.clinicflow.testkit.StaffToken;
import io.clinicflow.testkit.TokenIssuer;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hands out demo tokens: {@code {"user":"frontdesk@london"}} for a demo user, or
 * {@code {"subject":"me","roles":["OPS"],"locations":["*"]}} for any combination (ADR 0026).
 */
final class TokenDesk {

    private final TokenIssuer issuer;
    private final DemoUsers users;

    TokenDesk(TokenIssuer issuer, DemoUsers users) {
        this.issuer = issuer;
        this.users = users;
    }

    Map<String, Object> issue(JsonNode request) {
        StaffToken staff = request.has("user") ? user(request.path("user").asString()) : custom(request);
        String jwt = issuer.mint(staff);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", jwt);
        answer.put("accessToken", jwt);
        answer.put("token_type", "Bearer");
        answer.put("expires_in", staff.lifetime().toSeconds());
        answer.put("subject", staff.subject());
        answer.put("roles", staff.roles().stream().map(StaffRole::name).sorted().toList());
        answer.put("locations", staff.locations());
        return answer;
    }

    Map<String, Object> jwks() {
        return issuer.jwks();
    }

    private StaffToken user(String name) {
        return users.named(name).orElseThrow(() -> new IllegalArgumentException(
                "No demo user '" + name + "'; demo users: " + String.join(", ", users.names())));
    }

    private static StaffToken custom(JsonNode request) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        request.path("roles").forEach(role -> roles.add(StaffRole.valueOf(role.asString())));
        List<String> locations = new ArrayList<>();
        request.path("locations").forEach(location -> locations.add(location.asString()));
        if (roles.isEmpty() || locations.isEmpty()) {
            throw new IllegalArgumentException("Expected {\"user\":\"frontdesk@london\"} or "
                    + "{\"subject\":\"me\",\"roles\":[\"OPS\"],\"locations\":[\"*\"]}");
        }
        return new StaffToken(request.path("subject").asString("demo-user"), roles, locations,
                StaffToken.DEFAULT_LIFETIME);
    }
}
