package io.clinicflow.e2e.edge;

import io.clinicflow.security.StaffRole;
import io.clinicflow.testkit.StaffToken;
import io.clinicflow.testkit.TokenIssuer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The bearer tokens of the hostile-input run: the caller's own (every role, one location; for the chain's plumbing
 * under {@code /api/v1/admin}, which only chain-wide operations may call, ADR 0044, a chain-wide OPS token), a front
 * desk's of the other location, and two forgeries made from the caller's own: {@code alg: none}, and claims edited
 * after signing.
 */
record EdgeTokens(String own, String chainOperations, String otherLocation, String algNone, String editedClaims) {

    private static final String CHAIN_PLUMBING = "/api/v1/admin/";

    static EdgeTokens of(String ownLocationId, String otherLocationId) {
        TokenIssuer issuer = TokenIssuer.ofThisJvm();
        String own = issuer.mint(new StaffToken("edge@" + ownLocationId, StaffRole.ALL, List.of(ownLocationId),
                StaffToken.DEFAULT_LIFETIME));
        String otherLocation = issuer.mint(StaffToken.of(StaffRole.FRONT_DESK, otherLocationId));
        String chainOperations = issuer.mint(StaffToken.of(StaffRole.OPS, "*").subject("edge@chain"));
        return new EdgeTokens(own, chainOperations, otherLocation, unsigned(own), chainWide(own, ownLocationId));
    }

    /** The caller's own token for the operation. */
    String ownFor(ApiOperation operation) {
        return operation.path().startsWith(CHAIN_PLUMBING) ? chainOperations : own;
    }

    /** The same claims under {@code "alg":"none"} and without a signature: a token anyone can write. */
    private static String unsigned(String token) {
        String[] parts = token.split("\\.");
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

    /** The caller's own signature over claims widened to every location: the signature no longer fits. */
    private static String chainWide(String token, String ownLocationId) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return parts[0] + "." + encode(claims.replace("\"" + ownLocationId + "\"", "\"*\"")) + "." + parts[2];
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
