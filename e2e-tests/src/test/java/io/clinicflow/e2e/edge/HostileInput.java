package io.clinicflow.e2e.edge;

import java.util.Set;
import java.util.SplittableRandom;

/**
 * The classes of input a careless or hostile integrator sends (issue 23), each with the answers that are right for
 * it. A valid request may still be refused on its merits (an unknown id, a slot outside opening hours), so it is
 * right to answer it with success or with any refusal a valid request can earn.
 */
enum HostileInput {

    VALID("valid per the schema", Answers.TO_VALID, (draft, random, size) -> true),
    OTHER_LOCATION_TOKEN("a front desk token of another location", null, (draft, random, size) -> {
        draft.bearer(draft.tokens.otherLocation());
        draft.changed("FRONT_DESK token of the other location");
        return true;
    }),
    ALG_NONE_TOKEN("an unsigned token (alg: none)", Set.of(401), (draft, random, size) -> {
        draft.bearer(draft.tokens.algNone());
        draft.changed("alg: none token");
        return true;
    }),
    EDITED_CLAIMS("a token whose claims were edited after signing", Set.of(401), (draft, random, size) -> {
        draft.bearer(draft.tokens.editedClaims());
        draft.changed("locations claim edited to *");
        return true;
    }),
    MALFORMED_PATH_ID("a malformed id in the path", Set.of(400, 404), UrlMutations::malformedPathId),
    PATH_TRAVERSAL("path traversal in a path parameter", Set.of(400, 404), UrlMutations::pathTraversal),
    MALFORMED_QUERY("a malformed or missing query parameter", Set.of(400), UrlMutations::malformedQuery),
    OVERLONG_URL("a URL past the server's limit", Set.of(400, 414, 431), UrlMutations::overlongUrl),
    MISSING_HEADER("a required header left out", Set.of(400), UrlMutations::missingHeader),
    LONG_HEADER_VALUE("a header value of kilobytes", Answers.TO_VALID, UrlMutations::longHeaderValue),
    WRONG_TYPE("a field of the wrong JSON type", Set.of(400), BodyMutations::wrongType),
    MISSING_REQUIRED("a required field missing or null", Set.of(400), BodyMutations::missingRequired),
    EXTRA_FIELD("an unknown extra field", Answers.TO_VALID, BodyMutations::extraField),
    DUPLICATE_FIELD("a field given twice", Answers.TO_VALID, BodyMutations::duplicateField),
    HUGE_STRING("a string field of 64 to 256 KB", Set.of(400, 413), BodyMutations::hugeString),
    OVER_MAX_LENGTH("a string past its declared maxLength", Set.of(400), BodyMutations::overMaxLength),
    EMPTY_STRING("an empty string field", Answers.TO_VALID, BodyMutations::emptyString),
    UNICODE_EDGE("unicode edge cases in a string", Answers.TO_VALID, BodyMutations::unicodeEdge),
    CONTROL_CHARACTER("a control character (NUL...) in a string", Set.of(400), BodyMutations::controlCharacter),
    OUT_OF_RANGE_NUMBER("a number out of its range", Set.of(400), BodyMutations::outOfRangeNumber),
    MALFORMED_DATE("a malformed or impossible date", Set.of(400), BodyMutations::malformedDate),
    IMPOSSIBLE_DATE("a well-formed date no clinic could mean", Answers.REFUSALS, BodyMutations::impossibleDate),
    MALFORMED_UUID("a malformed UUID in the body", Set.of(400), BodyMutations::malformedUuid),
    DEEP_NESTING("arrays nested thousands deep", Set.of(400), BodyMutations::deepNesting),
    MALFORMED_JSON("a body that is no JSON", Set.of(400), WireMutations::malformedJson),
    NOT_AN_OBJECT("a body that is no JSON object", Set.of(400), WireMutations::notAnObject),
    WRONG_CONTENT_TYPE("a content type other than JSON", Set.of(415), WireMutations::wrongContentType),
    OVERSIZED_BODY("a body of 1.5 to 3 MB", Set.of(413), WireMutations::oversizedBody);

    /** The answers a request may get without being hostile. */
    static final class Answers {
        static final Set<Integer> TO_VALID = Set.of(200, 201, 202, 204, 400, 404, 409, 410, 422);
        /** A request wrong on its merits, which the first check that notices may refuse. */
        static final Set<Integer> REFUSALS = Set.of(400, 404, 409, 410, 422);
        /** Another location's front desk may read lists (filtered to its location), and write nothing here. */
        static final Set<Integer> TO_OTHER_LOCATION_READ = Set.of(200, 400, 403, 404);
        static final Set<Integer> TO_OTHER_LOCATION_WRITE = Set.of(400, 403, 404);

        private Answers() {
        }
    }

    final String description;
    private final Set<Integer> right;
    private final Mutation mutation;

    HostileInput(String description, Set<Integer> right, Mutation mutation) {
        this.description = description;
        this.right = right;
        this.mutation = mutation;
    }

    Set<Integer> rightAnswers(ApiOperation operation) {
        if (this == OTHER_LOCATION_TOKEN) {
            return operation.reads() ? Answers.TO_OTHER_LOCATION_READ : Answers.TO_OTHER_LOCATION_WRITE;
        }
        return right;
    }

    boolean applyTo(Draft draft, SplittableRandom random, int size) {
        return mutation.apply(draft, random, size);
    }
}
