package io.clinicflow.testkit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The broken bodies of {@link HostileRequests}, made from one body an operation accepts: every field, nested ones and
 * the first item of every list too, once with a value of another JSON kind and once malformed in its own kind (a
 * UUID, date, time or enum value that is none, text with NUL or longer than any field takes, a number out of range,
 * a list longer than any field takes). Each one must be refused with 400.
 */
final class HostileBodies {

    /** A body that breaks {@code what}; the answer must name {@code field} when it is not null. */
    record Broken(String what, String json, String field) {
    }

    /**
     * A text form recognised in the valid body, a value that looks like it but is not, and values of its form that no
     * clinic means (dates in years out of any clinic's range, ADR 0040).
     */
    private record Form(String name, Pattern pattern, String malformed, List<String> outOfRange) {
    }

    static final int TOO_LONG = 5000;
    static final int TOO_MANY = 200;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Form> FORMS = List.of(
            new Form("UUID", Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}"), "not-a-uuid",
                    List.of()),
            new Form("date-time", Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+"), "2026-02-30T25:61:00Z",
                    List.of("+99999999-01-01T10:00:00Z", "+10000-01-01T10:00:00Z", "-99999-01-01T10:00:00Z",
                            "+1000000000-01-01T10:00:00Z")),
            new Form("date", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"), "2026-02-30",
                    List.of("+99999999-01-01", "+10000-01-01", "-99999-01-01", "1899-12-31", "+1000000000-01-01")),
            new Form("time", Pattern.compile("\\d{2}:\\d{2}"), "25:61", List.of()),
            new Form("enum value", Pattern.compile("[A-Z][A-Z0-9_]+"), "NOT_A_VALUE", List.of()));
    /** Days since 1970 or seconds since 1970, either way a date millions of years away. */
    private static final long FAR_OFF_NUMBER = 1_000_000_000_000_000L;

    private HostileBodies() {
    }

    static List<Broken> of(JsonNode valid) {
        List<Broken> broken = new ArrayList<>();
        walk(valid, "", valid, broken);
        return broken;
    }

    private static void walk(JsonNode root, String path, JsonNode node, List<Broken> broken) {
        if (!path.isEmpty()) {
            brokenValues(node).forEach((what, value) ->
                    broken.add(new Broken(path + " " + what, replaced(root, path, value).toString(), null)));
            outOfRange(node).forEach((what, value) ->
                    broken.add(new Broken(path + " " + what, replaced(root, path, value).toString(), path)));
        }
        if (node.isObject()) {
            node.properties().forEach(field -> walk(root, (path.isEmpty() ? "" : path + ".") + field.getKey(),
                    field.getValue(), broken));
        } else if (node.isArray() && !node.isEmpty()) {
            walk(root, path + "[0]", node.get(0), broken);
        }
    }

    private static Map<String, JsonNode> brokenValues(JsonNode valid) {
        Map<String, JsonNode> broken = new LinkedHashMap<>();
        if (valid.isString()) {
            String text = valid.asString();
            FORMS.stream().filter(form -> form.pattern().matcher(text).matches()).findFirst().ifPresentOrElse(
                    form -> broken.put("as a malformed " + form.name(), NODES.stringNode(form.malformed())),
                    () -> {
                        broken.put("with NUL", NODES.stringNode(text + "\u0000"));
                        broken.put("too long", NODES.stringNode("x".repeat(TOO_LONG)));
                    });
            broken.put("as a list", NODES.arrayNode());
            broken.put("as an object", NODES.objectNode());
        } else if (valid.isNumber()) {
            broken.put("as text", NODES.stringNode("many"));
            broken.put("out of range", NODES.numberNode(BigInteger.TEN.pow(20)));
            broken.put("as a list", NODES.arrayNode());
        } else if (valid.isBoolean()) {
            broken.put("as text", NODES.stringNode("maybe"));
            broken.put("as an object", NODES.objectNode());
        } else if (valid.isObject()) {
            broken.put("as a list", NODES.arrayNode());
            broken.put("as text", NODES.stringNode("x"));
        } else if (valid.isArray()) {
            broken.put("as an object", NODES.objectNode());
            broken.put("as text", NODES.stringNode("x"));
            if (!valid.isEmpty()) {
                ArrayNode tooMany = NODES.arrayNode();
                for (int i = 0; i < TOO_MANY; i++) {
                    tooMany.add(valid.get(0).deepCopy());
                }
                broken.put("with " + TOO_MANY + " items", tooMany);
            }
        }
        return broken;
    }

    /** Dates of the body's form that no clinic means: each must be a 400 naming the field. */
    private static Map<String, JsonNode> outOfRange(JsonNode valid) {
        Map<String, JsonNode> broken = new LinkedHashMap<>();
        if (valid.isString()) {
            FORMS.stream().filter(form -> form.pattern().matcher(valid.asString()).matches()).findFirst()
                    .filter(form -> !form.outOfRange().isEmpty())
                    .ifPresent(form -> {
                        form.outOfRange().forEach(value -> broken.put("as " + value, NODES.stringNode(value)));
                        broken.put("as the number " + FAR_OFF_NUMBER, NODES.numberNode(FAR_OFF_NUMBER));
                    });
        }
        return broken;
    }

    /** A copy of the body with the value at {@code path} ({@code areas[0].area}) replaced. */
    static JsonNode replaced(JsonNode root, String path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        String[] steps = path.replace("[", ".[").split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(index(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return copy;
    }

    private static JsonNode step(JsonNode node, String step) {
        return step.startsWith("[") ? node.get(index(step)) : node.get(step);
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(1, step.length() - 1));
    }
}
