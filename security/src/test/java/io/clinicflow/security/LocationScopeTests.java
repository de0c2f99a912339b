package io.clinicflow.security;

import io.clinicflow.kernel.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocationScopeTests {

    private final LocationScope scope = new LocationScope();

    @AfterEach
    void forgetCaller() {
        SecurityContextHolder.clearContext();
    }

    private static void callerWith(List<String> locations) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject("frontdesk@soho")
                .claim("locations", locations).issuedAt(Instant.EPOCH).expiresAt(Instant.EPOCH.plusSeconds(60)).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    @Test
    void coversOnlyTheTokensLocations() {
        callerWith(List.of("soho", "camden"));

        assertThat(scope.covers("soho")).isTrue();
        assertThat(scope.covers("brixton")).isFalse();
        assertThat(scope.chainWide()).isFalse();
        assertThat(scope.caller()).isEqualTo("frontdesk@soho");
    }

    @Test
    void chainWideStaffCoverEveryLocation() {
        callerWith(List.of("*"));

        assertThat(scope.covers("brixton")).isTrue();
        assertThat(scope.chainWide()).isTrue();
    }

    @Test
    void answersAnotherLocationsRecordLikeAnUnknownId() {
        callerWith(List.of("soho"));

        assertThatThrownBy(() -> scope.requireLocation("brixton", "client", "c-1"))
                .isInstanceOf(NotFoundException.class).hasMessage("No client with id c-1");
    }

    @Test
    void grantsNothingOutsideARequest() {
        assertThat(scope.covers("soho")).isFalse();
        assertThat(scope.chainWide()).isFalse();
    }
}
