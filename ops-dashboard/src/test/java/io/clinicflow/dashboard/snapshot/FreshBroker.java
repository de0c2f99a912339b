package io.clinicflow.dashboard.snapshot;

import io.clinicflow.dashboard.OpsDashboardApplication;
import io.clinicflow.events.EventCatalog;
import io.clinicflow.events.Topics;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TokenIssuer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A broker of one test's own, with ClinicFlow's topics empty: the shared broker's topics hold every other test's
 * records, and where a first start begins depends on what a partition held before. Dashboards started on it run
 * in this JVM, each with the group it is given.
 */
final class FreshBroker implements AutoCloseable {

    private static final SingleObjectCodec CODEC = SingleObjectCodec.shipped();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
    private final KafkaProducer<String, byte[]> producer;

    FreshBroker() {
        broker.brokerProperty("auto.create.topics.enable", "false");
        broker.afterPropertiesSet();
        broker.addTopics(Topics.all().stream().map(topic -> new NewTopic(topic, 3, (short) 1)).toArray(NewTopic[]::new));
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends each event as its owner's relay would, with the record timestamp given (its producer's wall clock). */
    void publish(Instant timestamp, SpecificRecord... events) {
        for (SpecificRecord event : events) {
            producer.send(new ProducerRecord<>(EventCatalog.topicOf(event), null, timestamp.toEpochMilli(),
                    EventCatalog.metaOf(event).getClientId(), CODEC.encode(event)));
        }
        producer.flush();
    }

    ConfigurableApplicationContext dashboard(String group) {
        return OpsDashboardApplication.app().registerShutdownHook(false).initializers(context -> context.getEnvironment()
                .getPropertySources().addFirst(new MapPropertySource("fresh-broker", Map.of(
                        "spring.kafka.bootstrap-servers", broker.getBrokersAsString(), "server.port", 0,
                        "clinicflow.dashboard.group", group, "clinicflow.dashboard.snapshot-interval", "PT0.5S",
                        ClinicInfrastructure.PUBLIC_KEY_PROPERTY, TokenIssuer.ofThisJvm().publicKeyLocation()))))
                .run();
    }

    /** What start-up time is measured by (ADR 0061): the readiness probe answers 200 once the projection caught up. */
    static boolean ready(ConfigurableApplicationContext dashboard) throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) dashboard).getWebServer().getPort();
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    static String newGroup() {
        return "ops-dashboard-" + UUID.randomUUID();
    }

    @Override
    public void close() {
        producer.close();
        broker.destroy();
    }
}
