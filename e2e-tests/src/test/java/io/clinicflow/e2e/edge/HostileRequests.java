package io.clinicflow.e2e.edge;

import io.clinicflow.e2e.edge.ApiOperation.Parameter;
import io.clinicflow.e2e.edge.FuzzSeed.Stream;
import io.clinicflow.e2e.edge.SchemaExamples.Fill;
import io.clinicflow.messaging.BusinessClock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates the run's requests: for each case an operation of the three OpenAPI documents, a hostile input that
 * applies to it, a valid request from the schema, and the input's change to it.
 */
final class HostileRequests {

    private final FuzzSeed seed;
    private final List<ApiOperation> operations;
    private final KnownIds ids;
    private final EdgeTokens tokens;
    private final BusinessClock clock;
    /** For each operation (same index), the hostile inputs that apply to it. */
    private final List<List<HostileInput>> inputs;

    HostileRequests(FuzzSeed seed, List<ApiOperation> operations, KnownIds ids, EdgeTokens tokens,
                    BusinessClock clock) {
        this.seed = seed;
        this.operations = List.copyOf(operations);
        this.ids = ids;
        this.tokens = tokens;
        this.clock = clock;
        this.inputs = this.operations.stream().map(this::applicable).toList();
    }

    Recipe recipe(int caseNumber) {
        SplittableRandom choice = seed.random(caseNumber, Stream.CHOICE);
        int operation = choice.nextInt(operations.size());
        List<HostileInput> candidates = inputs.get(operation);
        return new Recipe(caseNumber, operations.get(operation), candidates.get(choice.nextInt(candidates.size())),
                100, Fill.SOME);
    }

    /**
     * The request of a recipe; empty when its input has nothing to change in a request this full (a shrunk recipe
     * without the optional field the input aimed at).
     */
    Optional<EdgeRequest> request(Recipe recipe) {
        Optional<EdgeRequest> request = attempt(recipe, recipe.fill());
        return request.isPresent() || recipe.fill() != Fill.SOME ? request : attempt(recipe, Fill.FULL);
    }

    private Optional<EdgeRequest> attempt(Recipe recipe, Fill fill) {
        Draft draft = valid(recipe, fill);
        SplittableRandom mutation = seed.random(recipe.caseNumber(), Stream.MUTATION);
        return recipe.input().applyTo(draft, mutation, recipe.size())
                ? Optional.of(draft.request(recipe.input())) : Optional.empty();
    }

    private Draft valid(Recipe recipe, Fill fill) {
        ApiOperation operation = recipe.operation();
        SplittableRandom values = seed.random(recipe.caseNumber(), Stream.VALUES);
        KnownIds named = recipe.input() == HostileInput.OTHER_LOCATION_TOKEN ? ids.withoutOther() : ids;
        Draft draft = new Draft(operation, tokens, operation.takesBody()
                ? SchemaExamples.of(operation.body(), values, named, fill, clock.instant()) : null);
        for (Parameter parameter : operation.parameters()) {
            if (parameter.required() || fill == Fill.FULL || fill == Fill.SOME && values.nextBoolean()) {
                String value = SchemaExamples.text(parameter.schema().path("type").asString().equals("array")
                        ? parameter.schema().path("items") : parameter.schema(), parameter.name(), values, named,
                        clock.instant());
                switch (parameter.in()) {
                    case "path" -> draft.pathValues.put(parameter.name(), value);
                    case "query" -> draft.query.add(Map.entry(parameter.name(), value));
                    default -> draft.headers.put(parameter.name(), value);
                }
            }
        }
        return draft;
    }

    /**
     * The hostile inputs that have something to change in this operation's fullest request, and VALID once more: a
     * valid request is made twice as often as any one hostile kind.
     */
    private List<HostileInput> applicable(ApiOperation operation) {
        Recipe probe = new Recipe(0, operation, HostileInput.VALID, 100, Fill.FULL);
        List<HostileInput> applicable = new ArrayList<>(Arrays.stream(HostileInput.values())
                .filter(input -> input.applyTo(valid(probe, Fill.FULL), new SplittableRandom(0), 100))
                .toList());
        applicable.add(HostileInput.VALID);
        return List.copyOf(applicable);
    }
}
