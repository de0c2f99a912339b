package io.clinicflow.e2e.edge;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the operations of a service's live {@code /v3/api-docs}: the document the service serves now, so that the
 * generated requests follow the limits it declares today (a {@code maxLength} added tomorrow is honoured at once).
 */
final class OpenApiDocument {

    private static final int DEEPEST_REFERENCE_CHAIN = 16;

    private final JsonNode schemas;

    private OpenApiDocument(JsonNode document) {
        this.schemas = document.path("components").path("schemas");
    }

    static List<ApiOperation> operations(Service service, JsonNode document) {
        OpenApiDocument reader = new OpenApiDocument(document);
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations.add(reader.operation(service, operation.getKey().toUpperCase(), path.getKey(),
                        operation.getValue()));
            }
        }
        return operations;
    }

    private ApiOperation operation(Service service, String method, String path, JsonNode operation) {
        List<ApiOperation.Parameter> parameters = operation.path("parameters").values().stream()
                .map(parameter -> new ApiOperation.Parameter(parameter.path("name").asString(),
                        parameter.path("in").asString(), parameter.path("required").asBoolean(),
                        resolved(parameter.path("schema"), 0)))
                .toList();
        JsonNode requestBody = operation.path("requestBody");
        JsonNode body = requestBody.path("content").path("application/json").path("schema");
        return new ApiOperation(service, method, path, parameters, body.isMissingNode() ? null : resolved(body, 0),
                requestBody.path("required").asBoolean());
    }

    /** The schema with every reference replaced by the component it names, at any depth. */
    private JsonNode resolved(JsonNode schema, int depth) {
        if (depth > DEEPEST_REFERENCE_CHAIN) {
            throw new IllegalStateException("Recursive schema reference: " + schema);
        }
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().substring("#/components/schemas/".length());
            return resolved(schemas.path(name), depth + 1);
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        for (Map.Entry<String, JsonNode> member : schema.properties()) {
            if (member.getKey().equals("properties")) {
                ObjectNode properties = copy.putObject("properties");
                member.getValue().properties().forEach(property ->
                        properties.set(property.getKey(), resolved(property.getValue(), depth + 1)));
            } else if (member.getValue().isObject()) {
                copy.set(member.getKey(), resolved(member.getValue(), depth + 1));
            }
        }
        return copy;
    }
}
