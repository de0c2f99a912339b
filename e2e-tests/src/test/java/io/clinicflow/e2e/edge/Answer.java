package io.clinicflow.e2e.edge;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/** What a service answered: status, content type and body text (the transport's failure when there was none). */
record Answer(int status, String contentType, String body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SHOWN = 400;

    /** The body as a JSON object, if it is one. */
    Optional<JsonNode> json() {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
    }

    String excerpt() {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > SHOWN ? flat.substring(0, SHOWN) + "…" : flat;
    }
}
