package io.clinicflow.e2e.edge;

import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * One operation of a service's OpenAPI document: its parameters and its JSON request body schema (null when it
 * takes none), every {@code $ref} already resolved.
 */
record ApiOperation(Service service, String method, String path, List<Parameter> parameters, JsonNode body,
                    boolean bodyRequired) {

    /** A path, query or header parameter. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
        boolean isUuid() {
            return "uuid".equals(schema.path("format").asString());
        }
    }

    ApiOperation {
        parameters = List.copyOf(parameters);
    }

    /** As the tally and the failure reports name it: {@code booking POST /api/v1/clients}. */
    String name() {
        return service.database + " " + method + " " + path;
    }

    List<Parameter> in(String where) {
        return parameters.stream().filter(parameter -> parameter.in().equals(where)).toList();
    }

    boolean takesBody() {
        return body != null;
    }

    boolean reads() {
        return method.equals("GET");
    }
}
