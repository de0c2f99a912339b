package io.clinicflow.events;

import org.apache.avro.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/asyncapi.yaml and the code's topic and event registry describe the same topics and events. */
class TopicsMatchAsyncApiTests {

    private static final Path DOCS = Path.of("..", "docs");
    private static final String HEALTH_TAG = "\"classification\":\"health\"";
    private static Map<String, Object> asyncApi;

    @BeforeAll
    static void readDocument() throws IOException {
        try (Reader reader = Files.newBufferedReader(DOCS.resolve("asyncapi.yaml"))) {
            asyncApi = new Yaml().load(reader);
        }
    }

    @Test
    void describesExactlyTheTopicsOfTheRegistry() {
        List<String> addresses = channels().values().stream().map(channel -> (String) channel.get("address")).toList();

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.all());
    }

    @Test
    void listsExactlyTheEventsOfEachTopic() {
        for (String topic : Topics.published()) {
            Map<String, Object> channel = channelAt(topic);
            List<String> inCode = EventCatalog.eventsOn(topic).stream().map(Schema::getName).toList();

            assertThat(section(channel, "messages").keySet()).as(topic).containsExactlyInAnyOrderElementsOf(inCode);
        }
    }

    @Test
    void pointsEveryMessageAtItsAvroSchemaWithTheClientIdKeyAndCloudEventHeaders() {
        for (Schema event : EventCatalog.allEvents()) {
            Map<String, Object> message = section(section(section(asyncApi, "components"), "messages"), event.getName());
            String schemaRef = (String) section(section(message, "payload"), "schema").get("$ref");

            assertThat(schemaRef).as(event.getName()).isNotNull();
            assertThat(DOCS.resolve(schemaRef)).as(event.getName()).exists();
            assertThat(schemaRef).endsWith("/" + event.getName() + ".avsc");
            assertThat(section(section(section(message, "bindings"), "kafka"), "key").get("description"))
                    .asString().contains("clientId");
        }
        Map<String, Object> headers = section(section(section(asyncApi, "components"), "schemas"), "CloudEventHeaders");
        assertThat(section(headers, "properties").keySet()).contains(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID,
                CloudEventHeaders.SOURCE, CloudEventHeaders.TYPE, CloudEventHeaders.TIME, CloudEventHeaders.CONTENT_TYPE);
    }

    /** The classification follows the schema tags: any health tag makes a topic health data, dead letters included. */
    @Test
    void marksTheDataClassificationOfEveryTopicAsItsSchemasAreTagged() {
        for (String topic : Topics.EVENT_TOPICS) {
            assertThat(classificationOf(topic)).as(topic).isEqualTo(classificationByTags(topic));
            assertThat(classificationOf(Topics.deadLetterOf(topic))).as("dead letters of " + topic)
                    .isEqualTo(classificationOf(topic));
        }
        assertThat(Topics.PROJECTION_TOPICS).allSatisfy(topic -> {
            assertThat(classificationOf(topic)).as(topic).isEqualTo("crm-safe");
            assertThat(classificationByTags(topic)).as(topic).isEqualTo("personal");
        });
        assertThat(classificationOf(Topics.BOOKING_EVENTS)).isEqualTo("special-category-health");
    }

    private static Object classificationOf(String topic) {
        return channelAt(topic).get("x-data-classification");
    }

    private static String classificationByTags(String topic) {
        boolean health = EventCatalog.eventsOn(topic).stream().anyMatch(event -> event.toString().contains(HEALTH_TAG));
        return health ? "special-category-health" : "personal";
    }

    private static Map<String, Map<String, Object>> channels() {
        return cast(asyncApi.get("channels"));
    }

    private static Map<String, Object> channelAt(String topic) {
        return channels().values().stream().filter(channel -> topic.equals(channel.get("address"))).findFirst()
                .orElseThrow(() -> new AssertionError("No channel for " + topic));
    }

    private static <T> Map<String, T> section(Map<String, ?> parent, String key) {
        Object child = parent.get(key);
        return child instanceof Map<?, ?> map ? cast(map) : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
