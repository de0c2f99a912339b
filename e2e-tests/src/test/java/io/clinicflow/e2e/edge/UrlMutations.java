package io.clinicflow.e2e.edge;

import io.clinicflow.e2e.edge.ApiOperation.Parameter;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import static io.clinicflow.e2e.edge.Mutation.oneOf;
import static io.clinicflow.e2e.edge.Mutation.scaled;

/** Hostile paths, query strings and headers. */
final class UrlMutations {

    /**
     * No UUIDs in any reading. Not here: short groups ("1-1-1-1-1") and fullwidth digits, which the JDK's
     * {@code UUID.fromString} reads as UUIDs (a path or query id so written names a real UUID, harmlessly).
     */
    static final List<String> MALFORMED_UUIDS = List.of("not-a-uuid", "12345",
            "00000000-0000-0000-0000-00000000000g", "{6f1c2c1e-5b0a-4c8e}", "6f1c2c1e5b0a4c8e9d513b1e0c9f4a2d00",
            "' or '1'='1", "null");
    /** Dates that no ISO reader takes (not a date-time, which Jackson cuts to its date). */
    static final List<String> MALFORMED_DATES = List.of("2026-02-30", "2026-13-01", "31/12/2026", "tomorrow",
            "10:00", "0000-00-00", "2026-1-1");
    /** Date-times that no ISO reader takes, or without the offset DESIGN §7 requires. */
    static final List<String> MALFORMED_DATE_TIMES = List.of("2026-12-01T25:00:00Z", "2026-12-01T10:00:00",
            "2026-12-01", "2026-13-01T10:00:00Z", "tomorrow 10:00", "10:00");
    /** Ways out of a path segment, written as they go on the wire. */
    private static final List<String> TRAVERSALS = List.of("..", "..%2F..%2Factuator%2Fenv", "%2e%2e%2f%2e%2e",
            "..;", "..%5C..%5Cwindows", "%00", "%2F", "....%2F%2F....%2F%2Fetc%2Fpasswd", "..%252F..%252F",
            "%2e%2e", "%C0%AE%C0%AE%2F");

    private UrlMutations() {
    }

    static boolean malformedPathId(Draft draft, SplittableRandom random, int size) {
        return inPath(draft, random, Parameter::isUuid, MALFORMED_UUIDS, draft.pathValues);
    }

    /** Written raw: the server must see the dots and escapes as sent, not encoded once more. */
    static boolean pathTraversal(Draft draft, SplittableRandom random, int size) {
        return inPath(draft, random, parameter -> true, TRAVERSALS, draft.rawPathValues);
    }

    private static boolean inPath(Draft draft, SplittableRandom random, Predicate<Parameter> which,
                                  List<String> values, Map<String, String> written) {
        List<Parameter> parameters = draft.operation.in("path").stream().filter(which).toList();
        if (parameters.isEmpty()) {
            return false;
        }
        String name = oneOf(parameters, random).name();
        String value = oneOf(values, random);
        draft.pathValues.remove(name);
        written.put(name, value);
        draft.changed("path " + name + " = " + value);
        return true;
    }

    static boolean malformedQuery(Draft draft, SplittableRandom random, int size) {
        List<Parameter> parameters = draft.operation.in("query");
        if (parameters.isEmpty()) {
            return false;
        }
        Parameter parameter = oneOf(parameters, random);
        draft.query.removeIf(entry -> entry.getKey().equals(parameter.name()));
        if (parameter.required() && random.nextBoolean()) {
            draft.changed("query " + parameter.name() + " missing");
            return true;
        }
        String value = switch (parameter.schema().path("format").asString()) {
            case "uuid" -> oneOf(MALFORMED_UUIDS, random);
            case "date" -> oneOf(MALFORMED_DATES, random);
            default -> "NOT_A_TREATMENT_AREA";
        };
        draft.query.add(Map.entry(parameter.name(), value));
        draft.changed("query " + parameter.name() + " = " + value);
        return true;
    }

    /** A URL longer than any server reads (8 KiB is Tomcat's default for the request line and headers). */
    static boolean overlongUrl(Draft draft, SplittableRandom random, int size) {
        int length = scaled(9_000 + random.nextInt(30_000), size);
        draft.query.add(Map.entry("note", "a".repeat(length)));
        draft.changed("query of " + length + " characters");
        return true;
    }

    static boolean missingHeader(Draft draft, SplittableRandom random, int size) {
        List<Parameter> required = draft.operation.in("header").stream().filter(Parameter::required).toList();
        if (required.isEmpty()) {
            return false;
        }
        String name = oneOf(required, random).name();
        draft.headers.remove(name);
        draft.changed("header " + name + " missing");
        return true;
    }

    /** A header value long for its purpose yet inside what the server reads (an idempotency key of 6,000 bytes). */
    static boolean longHeaderValue(Draft draft, SplittableRandom random, int size) {
        List<Parameter> headers = draft.operation.in("header");
        if (headers.isEmpty()) {
            return false;
        }
        String name = oneOf(headers, random).name();
        int length = scaled(1_000 + random.nextInt(5_000), size);
        draft.headers.put(name, "k".repeat(length));
        draft.changed("header " + name + " of " + length + " characters");
        return true;
    }
}
