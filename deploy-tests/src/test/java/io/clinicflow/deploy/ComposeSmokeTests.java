package io.clinicflow.deploy;

import io.clinicflow.messaging.BusinessClock;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.Clinic.Site;
import io.clinicflow.testkit.Clinic;
import io.clinicflow.testkit.TokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole compose stack, images built from the jars of this build: a client books and screening confirms.
 * Runs where a Docker engine and the Compose v2 plugin exist; skipped (not failed) elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeSmokeTests {

    private static ComposeContainer stack;

    @BeforeAll
    static void startStack() {
        assumeTrue(ComposeCli.PLUGIN.works(), "Docker runs but `docker compose` (Compose v2 plugin) is missing");
        ComposeFile.CLINICFLOW_APPLICATIONS.forEach(service -> assertThat(
                Checkout.file(service + "/target/" + service + "-0.1.0-SNAPSHOT-exec.jar"))
                .as("the image copies it: run ./mvnw -DskipTests package first").exists());
        stack = new ComposeContainer("clinicflow-smoke-" + UUID.randomUUID().toString().substring(0, 8),
                Checkout.file(ComposeFile.PATH).toFile())
                .withEnv(secrets())
                .withBuild(true)
                .withRemoveVolumes(true)
                .withStartupTimeout(Duration.ofMinutes(5));
        for (String service : ComposeFile.CLINICFLOW_APPLICATIONS) {
            stack.withExposedService(service, new ServiceConfig(service).port(), Wait.forHealthcheck());
        }
        stack.start();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void clientWithNothingToDeclareGetsAConfirmedBooking() {
        Clinic clinic = new Clinic(api("booking-service"), api("session-service"), api("aftercare-service"),
                BusinessClock.system());
        Site site = clinic.openSite("Compose Soho", "Europe/London", "Mara Quinn");
        String client = clinic.registerClient(site, "Ada", "Lovelace", "1990-12-10");
        assertThat(clinic.declareHealth(client, Map.of()).status()).isEqualTo(201);

        ApiClient.Response booked = clinic.book(client, site, clinic.firstFreeSlot(site, 2));

        assertThat(booked.status()).as("%s", booked.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(clinic.status(booked.text("id"))).isEqualTo("CONFIRMED"));
    }

    /**
     * A fresh value for every password .env.example leaves empty (letters and digits: they sit in JAAS strings); and
     * the key and name of this JVM's token issuer, whose tokens ApiClient sends.
     */
    private static Map<String, String> secrets() {
        Map<String, String> secrets = new HashMap<>(Pattern.compile("(?m)^([A-Z_][A-Z0-9_]*PASSWORD)=$")
                .matcher(Checkout.text(".env.example")).results()
                .collect(Collectors.toMap(secret -> secret.group(1), secret -> UUID.randomUUID().toString()
                        .replace("-", ""))));
        String issuerKey = Path.of(URI.create(TokenIssuer.ofThisJvm().publicKeyLocation())).toString();
        secrets.put("CLINICFLOW_ISSUER_PUBLIC_KEY", issuerKey);
        secrets.put("CLINICFLOW_ISSUER", TokenIssuer.ISSUER);
        return secrets;
    }

    private static ApiClient api(String service) {
        int port = new ServiceConfig(service).port();
        return new ApiClient("http://" + stack.getServiceHost(service, port) + ":" + stack.getServicePort(service, port));
    }
}
