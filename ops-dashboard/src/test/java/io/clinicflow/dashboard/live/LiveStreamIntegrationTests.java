package io.clinicflow.dashboard.live;

import io.clinicflow.dashboard.ClinicEvents;
import io.clinicflow.dashboard.OpsDashboardTest;
import io.clinicflow.security.StaffRole;
import io.clinicflow.testkit.StaffToken;
import io.clinicflow.testkit.TokenIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OpsDashboardTest
class LiveStreamIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Test
    void pushesAnEventPublishedAfterThePageConnectedWithTheRefreshedFunnel() {
        String location = UUID.randomUUID().toString();
        ClinicEvents journey = new ClinicEvents(location);
        List<String> lines = new CopyOnWriteArrayList<>();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/stream"))
                    .header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + TokenIssuer.ofThisJvm().mint(StaffToken.of(StaffRole.OPS, "*")))
                    .build();
            CompletableFuture<HttpResponse<Void>> stream = http.sendAsync(request,
                    HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(lines)));
            await().atMost(PATIENCE).until(() -> lines.contains("event:funnel"));

            journey.publish(journey.booked(0));

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(eventsNamed("event", lines))
                    .anySatisfy(data -> assertThat(data).contains(journey.client, journey.correlation, "SessionBooked")));
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(eventsNamed("funnel", lines))
                    .anySatisfy(data -> assertThat(data).contains("\"" + location + "\":{\"booked\":1")));
            stream.cancel(true);
        }
    }

    /** The data of each server-sent event with this name, in arrival order. */
    private static List<String> eventsNamed(String name, List<String> lines) {
        List<String> data = new ArrayList<>();
        for (int line = 0; line + 1 < lines.size(); line++) {
            if (lines.get(line).equals("event:" + name) && lines.get(line + 1).startsWith("data:")) {
                data.add(lines.get(line + 1).substring("data:".length()));
            }
        }
        return data;
    }

    /** Collects the text/event-stream body line by line as it arrives. */
    private record LineCollector(List<String> lines) implements Flow.Subscriber<String> {
        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            lines.add(line);
        }

        @Override
        public void onError(Throwable error) {
        }

        @Override
        public void onComplete() {
        }
    }
}
