package io.clinicflow.e2e.edge;

import io.clinicflow.e2e.edge.SchemaExamples.Example;
import io.clinicflow.e2e.edge.SchemaExamples.Slot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A request being put together: valid first, then changed by one hostile input. Path values are encoded when the
 * request is made unless a mutation wrote them raw (a traversal must reach the server as written).
 */
final class Draft {

    /** Stands where a mutation puts JSON text that no tree can hold (a lone surrogate, 5,000 nested arrays). */
    static final String MARK = "\u2620edge\u2620";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final ApiOperation operation;
    final EdgeTokens tokens;
    final Map<String, String> pathValues = new LinkedHashMap<>();
    final Map<String, String> rawPathValues = new LinkedHashMap<>();
    final List<Map.Entry<String, String>> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    final Example body;
    private UnaryOperator<String> textEdit = UnaryOperator.identity();
    private byte[] bytes;
    private String change = "valid";

    Draft(ApiOperation operation, EdgeTokens tokens, Example body) {
        this.operation = operation;
        this.tokens = tokens;
        this.body = body;
        headers.put("Authorization", "Bearer " + tokens.ownFor(operation));
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
    }

    void bearer(String token) {
        headers.put("Authorization", "Bearer " + token);
    }

    List<Slot> slots() {
        return body == null ? List.of() : body.slots();
    }

    /** Says what the hostile input changed, for the tally and a failure's report. */
    Draft changed(String what) {
        this.change = what;
        return this;
    }

    /** The body's JSON text with the {@link #MARK} replaced by raw JSON. */
    void marked(String rawJson) {
        textEdit = text -> text.replace("\"" + MARK + "\"", rawJson);
    }

    void edited(UnaryOperator<String> edit) {
        textEdit = edit;
    }

    /** Bytes sent instead of the body's JSON text. */
    void bytes(byte[] bytes) {
        this.bytes = bytes;
    }

    String json() {
        return textEdit.apply(JSON.writeValueAsString(body.value()));
    }

    EdgeRequest request(HostileInput input) {
        String path = operation.path();
        for (var value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}",
                    URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8));
        }
        for (var value : rawPathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        StringBuilder uri = new StringBuilder(path);
        for (int i = 0; i < query.size(); i++) {
            uri.append(i == 0 ? '?' : '&').append(query.get(i).getKey()).append('=')
                    .append(URLEncoder.encode(query.get(i).getValue(), StandardCharsets.UTF_8));
        }
        byte[] sent = bytes != null ? bytes : body == null ? null : json().getBytes(StandardCharsets.UTF_8);
        return new EdgeRequest(operation, input, change, uri.toString(), Map.copyOf(headers), sent);
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }
}
