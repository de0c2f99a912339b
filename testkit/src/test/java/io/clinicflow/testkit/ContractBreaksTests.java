package io.clinicflow.testkit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Which changes of an OpenAPI document break its clients, and how a break names its operation and field; no Spring. */
class ContractBreaksTests {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Shaped as springdoc serves it: OpenAPI 3.1, bodies by $ref to components, responses as any media type. */
    private static final String FROZEN = """
            {"openapi": "3.1.0", "info": {"title": "OpenAPI definition", "version": "v0"},
             "paths": {
              "/api/v1/bookings/{id}": {"get": {
                "parameters": [{"in": "path", "name": "id", "required": true,
                  "schema": {"type": "string", "format": "uuid"}}],
                "responses": {"200": {"description": "OK",
                  "content": {"*/*": {"schema": {"$ref": "#/components/schemas/BookingView"}}}}}}},
              "/api/v1/bookings/{id}/cancel": {"post": {
                "parameters": [{"in": "path", "name": "id", "required": true,
                  "schema": {"type": "string", "format": "uuid"}}],
                "requestBody": {"content": {"application/json": {
                  "schema": {"$ref": "#/components/schemas/CancelRequest"}}}},
                "responses": {"200": {"description": "OK",
                  "content": {"*/*": {"schema": {"$ref": "#/components/schemas/BookingView"}}}}}}},
              "/api/v1/sessions/{bookingId}/complete": {"post": {
                "parameters": [{"in": "path", "name": "bookingId", "required": true,
                  "schema": {"type": "string", "format": "uuid"}}],
                "requestBody": {"required": true, "content": {"application/json": {
                  "schema": {"$ref": "#/components/schemas/CompletionRequest"}}}},
                "responses": {"200": {"description": "OK"}}}}},
             "components": {"schemas": {
              "BookingView": {"type": "object", "properties": {
                "id": {"type": "string", "format": "uuid"},
                "status": {"type": "string", "enum": ["CONFIRMED", "CANCELLED"]}}},
              "CancelRequest": {"type": "object", "properties": {
                "cancelledBy": {"type": "string", "enum": ["CLIENT", "CLINIC"]},
                "reason": {"type": "string", "maxLength": 500}}},
              "CompletionRequest": {"type": "object", "required": ["areas"], "properties": {
                "areas": {"type": "array", "items": {"$ref": "#/components/schemas/AreaRecord"}},
                "cartridgeLot": {"type": "string"}}},
              "AreaRecord": {"type": "object", "required": ["area"], "properties": {
                "area": {"type": "string", "enum": ["FACE", "NECK"]},
                "needleDepthMm": {"type": "number", "format": "double"},
                "passes": {"type": "integer", "format": "int32"}}}}}}
            """;

    @Test
    void reportsAnOptionalRequestFieldThatBecameRequired() {
        List<String> breaks = breaksAfter(document -> required(document, "CompletionRequest").add("cartridgeLot"));

        assertThat(breaks).containsExactly(
                "POST /api/v1/sessions/{bookingId}/complete: request field cartridgeLot became required");
    }

    @Test
    void reportsARequiredFieldInsideAnArrayOfTheRequestByItsPath() {
        List<String> breaks = breaksAfter(document -> required(document, "AreaRecord").add("passes"));

        assertThat(breaks).containsExactly(
                "POST /api/v1/sessions/{bookingId}/complete: request field areas[].passes became required");
    }

    @Test
    void reportsANewRequiredRequestField() {
        List<String> breaks = breaksAfter(document -> {
            properties(document, "CancelRequest").putObject("witness").put("type", "string");
            required(document, "CancelRequest").add("witness");
        });

        assertThat(breaks).containsExactly(
                "POST /api/v1/bookings/{id}/cancel: request field witness is new and required");
    }

    @Test
    void reportsARemovedOperation() {
        List<String> breaks = breaksAfter(document -> paths(document).remove("/api/v1/bookings/{id}"));

        assertThat(breaks).containsExactly("GET /api/v1/bookings/{id}: operation removed");
    }

    @Test
    void reportsAnEnumValueTheRequestNoLongerAccepts() {
        List<String> breaks = breaksAfter(document ->
                ((ArrayNode) properties(document, "CancelRequest").path("cancelledBy").path("enum")).remove(1));

        assertThat(breaks).containsExactly(
                "POST /api/v1/bookings/{id}/cancel: request field cancelledBy no longer accepts [CLINIC]");
    }

    @Test
    void reportsAResponseFieldThatDisappearedAtEveryOperationAnsweringWithIt() {
        List<String> breaks = breaksAfter(document -> properties(document, "BookingView").remove("status"));

        assertThat(breaks).containsExactly(
                "GET /api/v1/bookings/{id}: 200 response field status removed",
                "POST /api/v1/bookings/{id}/cancel: 200 response field status removed");
    }

    @Test
    void reportsAnEnumValueAResponseNoLongerCarries() {
        List<String> breaks = breaksAfter(document ->
                ((ArrayNode) properties(document, "BookingView").path("status").path("enum")).remove(1));

        assertThat(breaks).containsExactly(
                "GET /api/v1/bookings/{id}: 200 response field status no longer carries [CANCELLED]",
                "POST /api/v1/bookings/{id}/cancel: 200 response field status no longer carries [CANCELLED]");
    }

    @Test
    void reportsARequestFieldRemovedThatClientsStillSend() {
        List<String> breaks = breaksAfter(document -> properties(document, "CancelRequest").remove("reason"));

        assertThat(breaks).containsExactly("POST /api/v1/bookings/{id}/cancel: request field reason removed");
    }

    @Test
    void reportsARequestFieldWhoseTypeNarrowed() {
        List<String> breaks = breaksAfter(document -> properties(document, "AreaRecord").putObject("needleDepthMm")
                .put("type", "integer").put("format", "int32"));

        assertThat(breaks).containsExactly("POST /api/v1/sessions/{bookingId}/complete: "
                + "request field areas[].needleDepthMm changed type from number (double) to integer (int32)");
    }

    @Test
    void letsTheDocumentGrowByOptionalFieldsEnumValuesAndOperationsAndRelaxRequiredFields() {
        List<String> breaks = breaksAfter(document -> {
            properties(document, "CancelRequest").putObject("note").put("type", "string");
            properties(document, "BookingView").putObject("notes").put("type", "string");
            ((ArrayNode) properties(document, "BookingView").path("status").path("enum")).add("NEEDS_RESCHEDULE");
            ((ArrayNode) properties(document, "AreaRecord").path("area").path("enum")).add("HANDS");
            required(document, "CompletionRequest").removeAll();
            paths(document).set("/api/v1/bookings/{id}/no-show", paths(document).get("/api/v1/bookings/{id}/cancel"));
        });

        assertThat(breaks).isEmpty();
    }

    @Test
    void refusesA31DocumentBeyondWhatOpenApi30SharesRatherThanMissItsBreaks() {
        String live = FROZEN.replace("\"cartridgeLot\": {\"type\": \"string\"}",
                "\"cartridgeLot\": {\"type\": [\"string\", \"null\"]}");

        assertThatIllegalArgumentException().isThrownBy(() -> ContractBreaks.between(FROZEN, live))
                .withMessageContaining("the live OpenAPI document does not read as OpenAPI 3.0")
                .withMessageContaining("CompletionRequest.type");
    }

    private static List<String> breaksAfter(Consumer<ObjectNode> change) {
        ObjectNode live = (ObjectNode) JSON.readTree(FROZEN);
        change.accept(live);
        return ContractBreaks.between(FROZEN, JSON.writeValueAsString(live)).stream()
                .map(ContractBreak::toString).toList();
    }

    private static ObjectNode paths(ObjectNode document) {
        return (ObjectNode) document.get("paths");
    }

    private static ObjectNode properties(ObjectNode document, String schema) {
        return (ObjectNode) schema(document, schema).get("properties");
    }

    private static ArrayNode required(ObjectNode document, String schema) {
        JsonNode required = schema(document, schema).get("required");
        return required != null ? (ArrayNode) required : schema(document, schema).putArray("required");
    }

    private static ObjectNode schema(ObjectNode document, String name) {
        return (ObjectNode) document.get("components").get("schemas").get(name);
    }
}
