package io.clinicflow.dashboard;

import io.clinicflow.security.StaffRole;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.StaffToken;
import io.clinicflow.testkit.TokenIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard is operations' own (ADR 0023): its page loads for anyone, its data needs an OPS token. */
@OpsDashboardTest
class DashboardAccessIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void servesItsDataToOperationsOnly() {
        ApiClient dashboard = ApiClient.onPort(port);

        assertThat(dashboard.withoutToken().get("/api/v1/dashboard").status()).isEqualTo(401);
        assertThat(dashboard.as(StaffToken.of(StaffRole.FRONT_DESK, "*")).get("/api/v1/dashboard").status())
                .isEqualTo(403);
        assertThat(dashboard.as(StaffToken.of(StaffRole.OPS, "*")).get("/api/v1/dashboard").status()).isEqualTo(200);
    }

    @Test
    void acceptsTheTokenAsAQueryParameterForTheLiveStreamPage() {
        ApiClient anonymous = ApiClient.onPort(port).withoutToken();
        String ops = TokenIssuer.ofThisJvm().mint(StaffToken.of(StaffRole.OPS, "*"));

        assertThat(anonymous.get("/api/v1/dashboard?access_token=" + ops).status()).isEqualTo(200);
        assertThat(anonymous.getText("/index.html")).contains("<html");
    }
}
