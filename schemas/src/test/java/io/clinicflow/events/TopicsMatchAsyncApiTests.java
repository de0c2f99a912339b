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
        for (String topic : Topics.EVENT_TOPICS) {
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

    @Test
    void marksTheDataClassificationOfEveryTopic() {
        assertThat(channelAt(Topics.BOOKING_EVENTS).get("x-data-classification")).isEqualTo("operational");
        assertThat(channelAt(Topics.SESSION_EVENTS).get("x-data-classification")).isEqualTo("clinical-restricted");
        assertThat(channelAt(Topics.AFTERCARE_EVENTS).get("x-data-classification")).isEqualTo("clinical-restricted");
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
