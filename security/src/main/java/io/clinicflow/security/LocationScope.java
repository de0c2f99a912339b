package io.clinicflow.security;

import io.clinicflow.kernel.NotFoundException;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The locations the caller's token grants ({@code locations} claim; {@value #CHAIN_WIDE} means every location).
 * A record of another location is answered like an unknown id, 404, so that its existence does not leak (ADR 0024).
 */
public class LocationScope {

    public static final String CHAIN_WIDE = "*";
    static final String LOCATIONS_CLAIM = "locations";

    /** Whether the caller may see records of this location; outside a request nothing is granted. */
    public boolean covers(Object locationId) {
        List<String> granted = granted();
        return granted.contains(CHAIN_WIDE) || (locationId != null && granted.contains(locationId.toString()));
    }

    public boolean chainWide() {
        return granted().contains(CHAIN_WIDE);
    }

    /**
     * Who may run the chain's plumbing ({@code /api/v1/admin/**}: parked outbox rows, dead-letter replay): operations
     * staff whose token covers every location. Those rows and records belong to every location at once, so a
     * location's OPS would see and move other locations' events (ADR 0044).
     */
    static AuthorizationManager<RequestAuthorizationContext> chainWideOperations() {
        return AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasRole(StaffRole.OPS.name()),
                (authentication, request) -> new AuthorizationDecision(authentication.get() instanceof
                        JwtAuthenticationToken jwt && locationsOf(jwt).contains(CHAIN_WIDE)));
    }

    /** Answers {@code found} if the caller covers its location, else 404 naming the record as unknown. */
    public <T> T require(T found, Function<T, ?> locationOf, String what, Object id) {
        requireLocation(locationOf.apply(found), what, id);
        return found;
    }

    /** 404 for {@code what} with this id unless the caller covers the location. */
    public void requireLocation(Object locationId, String what, Object id) {
        if (!covers(locationId)) {
            throw new NotFoundException(what, id);
        }
    }

    /** The token's subject: who is asking (for audit trails). */
    public String caller() {
        return Objects.requireNonNullElse(token() == null ? null : token().getName(), "anonymous");
    }

    private List<String> granted() {
        JwtAuthenticationToken token = token();
        if (token == null) {
            return List.of();
        }
        return locationsOf(token);
    }

    private static List<String> locationsOf(JwtAuthenticationToken token) {
        List<String> locations = token.getToken().getClaimAsStringList(LOCATIONS_CLAIM);
        return locations == null ? List.of() : locations;
    }

    private static JwtAuthenticationToken token() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken jwt ? jwt : null;
    }
}
