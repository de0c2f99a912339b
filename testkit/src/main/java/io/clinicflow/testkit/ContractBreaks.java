package io.clinicflow.testkit;

import io.clinicflow.testkit.SchemaBreaks.Place;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.BackwardIncompatibleProp;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What in a live OpenAPI document breaks a client written against the frozen one, operation by operation and field by
 * field. openapi-diff finds the differences and judges them with its defaults; this names where each one is. Where
 * DESIGN §7 ("the contract is a floor") says otherwise, DESIGN wins: a field or an enum value removed breaks clients
 * on either side (openapi-diff counts only response fields that were {@code required}, and springdoc marks none
 * required); an enum value added breaks them on neither (DESIGN itself lists statuses the code does not have yet, so
 * clients must read unknown values).
 */
final class ContractBreaks {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final OpenApiDiffOptions ENUMS_MAY_GROW = OpenApiDiffOptions.builder()
            .configProperty(BackwardIncompatibleProp.RESPONSE_ENUM_INCREASED.getPropertyName(), "false").build();

    private final String method;
    private final String path;
    private final List<ContractBreak> found = new ArrayList<>();

    private ContractBreaks(String method, String path) {
        this.method = method;
        this.path = path;
    }

    /** The breaks, ordered by operation; none when the live document only adds to the frozen one. */
    static List<ContractBreak> between(String frozenDocument, String liveDocument) {
        ChangedOpenApi diff = OpenApiCompare.fromSpecifications(readAsOpenApi30("frozen", frozenDocument),
                readAsOpenApi30("live", liveDocument), ENUMS_MAY_GROW);
        List<ContractBreak> breaks = new ArrayList<>();
        diff.getMissingEndpoints().forEach(removed -> breaks.add(
                new ContractBreak(removed.getMethod().name(), removed.getPathUrl(), "operation removed")));
        diff.getChangedOperations().forEach(operation -> breaks.addAll(of(operation)));
        return breaks.stream().sorted(ContractBreak.BY_OPERATION).toList();
    }

    /**
     * openapi-diff 2.1.7 reads OpenAPI 3.1 but misses changes of type and changes inside array items there (its issues
     * 528, 745, 910). springdoc serves 3.1 within the part that 3.0 shares (one type per schema, no type arrays, no
     * {@code const}), so the document is read by the 3.0 reader; one that steps outside that part makes the reader
     * complain, and is refused rather than compared half-blind.
     */
    private static OpenAPI readAsOpenApi30(String which, String document) {
        ObjectNode relabelled = (ObjectNode) JSON.readTree(document);
        relabelled.put("openapi", "3.0.3");
        ParseOptions resolveReferences = new ParseOptions();
        resolveReferences.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser()
                .readContents(JSON.writeValueAsString(relabelled), null, resolveReferences);
        if (parsed.getOpenAPI() == null || !parsed.getMessages().isEmpty()) {
            throw new IllegalArgumentException("the " + which + " OpenAPI document does not read as OpenAPI 3.0, "
                    + "which openapi-diff needs to see every break: " + parsed.getMessages());
        }
        return parsed.getOpenAPI();
    }

    private static List<ContractBreak> of(ChangedOperation operation) {
        ContractBreaks breaks = new ContractBreaks(operation.getHttpMethod().name(), operation.getPathUrl());
        breaks.parameters(operation.getParameters());
        breaks.requestBody(operation.getRequestBody());
        breaks.responses(operation.getApiResponses());
        if (breaks.found.isEmpty() && operation.isIncompatible()) {
            // security requirements, response headers...: still a break, though not one in a parameter or a body
            breaks.add("incompatible change outside its parameters and bodies (security requirements, headers)");
        }
        return breaks.found;
    }

    private void parameters(ChangedParameters parameters) {
        if (parameters == null) {
            return;
        }
        parameters.getMissing().forEach(removed -> add(nameOf(removed) + " removed"));
        parameters.getIncreased().stream().filter(added -> Boolean.TRUE.equals(added.getRequired()))
                .forEach(added -> add("new required " + nameOf(added)));
        parameters.getChanged().forEach(this::parameter);
    }

    private void parameter(ChangedParameter parameter) {
        String name = parameter.getIn() + " parameter " + parameter.getName();
        if (parameter.isChangeRequired() && Boolean.TRUE.equals(parameter.getNewParameter().getRequired())) {
            add(name + " became required");
        }
        SchemaBreaks.in(parameter.getSchema(), new Place(name, name + " field ")).forEach(this::add);
    }

    private void requestBody(ChangedRequestBody body) {
        if (body == null) {
            return;
        }
        if (body.isChangeRequired() && Boolean.TRUE.equals(body.getNewRequestBody().getRequired())) {
            add("request body became required");
        }
        content(body.getContent(), new Place("request body", "request field "), "request body no longer accepts ");
    }

    private void responses(ChangedApiResponse responses) {
        if (responses == null) {
            return;
        }
        responses.getMissing().keySet().forEach(status -> add("response " + status + " removed"));
        responses.getChanged().forEach(this::response);
    }

    private void response(String status, ChangedResponse response) {
        content(response.getContent(), new Place(status + " response body", status + " response field "),
                status + " response no longer offers ");
    }

    private void content(ChangedContent content, Place place, String mediaTypeRemoved) {
        if (content == null) {
            return;
        }
        content.getMissing().keySet().forEach(mediaType -> add(mediaTypeRemoved + mediaType));
        content.getChanged().values().forEach(mediaType ->
                SchemaBreaks.in(mediaType.getSchema(), place).forEach(this::add));
    }

    private static String nameOf(Parameter parameter) {
        return parameter.getIn() + " parameter " + parameter.getName();
    }

    private void add(String change) {
        found.add(new ContractBreak(method, path, change));
    }
}
