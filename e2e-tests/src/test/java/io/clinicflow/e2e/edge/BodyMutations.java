package io.clinicflow.e2e.edge;

import io.clinicflow.e2e.edge.SchemaExamples.Slot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

import static io.clinicflow.e2e.edge.Mutation.oneOf;
import static io.clinicflow.e2e.edge.Mutation.scaled;

/** Hostile values inside a well-formed JSON body: each aims at one field (slot) of the valid body. */
final class BodyMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Text a person could type or paste that is no plain ASCII: emoji, joiners, bidi overrides, C1 controls. */
    private static final List<String> UNICODE = List.of("Zoë 👩‍⚕️", "\u202Eevil\u202C", "e\u0301\u0301\u0301",
            "\uFEFFbom", "\uFFFF\uFFFE", "𝔄𝔡𝔞 𠜎𠜱", "İıǅ", "\u2028line\u2029", "\u0085\u009B",
            "Ａｄａ",
            "\u200B\u200C\u200D", "ﷺ");
    /** C0 controls other than tab, line feed and carriage return, and DEL: never in a clinic's text. */
    private static final List<String> CONTROLS = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u001B",
            "\u007F");
    private static final List<String> OUT_OF_RANGE = List.of("2147483648", "-2147483649", "9223372036854775808",
            "1E+400", "-1E+400");

    private BodyMutations() {
    }

    /** A value of another JSON type where the schema names one (a health answer may be of any type). */
    static boolean wrongType(Draft draft, SplittableRandom random, int size) {
        return aim(draft, random, slot -> !slot.type().isEmpty(), slot -> {
            JsonNode wrong = switch (slot.type()) {
                case "object" -> NODES.arrayNode().add(1);
                case "array" -> NODES.stringNode("FACE");
                default -> random.nextBoolean() ? NODES.objectNode().put("value", "x") : NODES.arrayNode().add("x");
            };
            slot.put().accept(wrong);
            return slot.where() + " = " + wrong;
        });
    }

    static boolean missingRequired(Draft draft, SplittableRandom random, int size) {
        return aim(draft, random, Slot::required, slot -> {
            if (random.nextBoolean()) {
                slot.remove().run();
                return slot.where() + " left out";
            }
            slot.put().accept(NODES.nullNode());
            return slot.where() + " = null";
        });
    }

    static boolean extraField(Draft draft, SplittableRandom random, int size) {
        if (draft.body == null || !(draft.body.value() instanceof ObjectNode root)) {
            return false;
        }
        root.put("unexpected" + random.nextInt(100), "surplus");
        draft.changed("an unknown field");
        return true;
    }

    /** The first field again, with another value: which one counts is the parser's choice. */
    static boolean duplicateField(Draft draft, SplittableRandom random, int size) {
        if (draft.body == null || !(draft.body.value() instanceof ObjectNode root) || root.isEmpty()) {
            return false;
        }
        String name = root.propertyNames().iterator().next();
        draft.edited(text -> "{\"" + name + "\":\"duplicate\"," + text.substring(1));
        draft.changed("field " + name + " twice");
        return true;
    }

    static boolean hugeString(Draft draft, SplittableRandom random, int size) {
        int length = scaled(64 * 1024 + random.nextInt(192 * 1024), size);
        return aim(draft, random, slot -> slot.type().equals("string"), slot -> {
            slot.put().accept(NODES.stringNode("x".repeat(length)));
            return slot.where() + " of " + length + " characters";
        });
    }

    static boolean overMaxLength(Draft draft, SplittableRandom random, int size) {
        return aim(draft, random, slot -> slot.schema().has("maxLength"), slot -> {
            int length = slot.schema().path("maxLength").asInt() + scaled(1 + random.nextInt(50), size);
            slot.put().accept(NODES.stringNode("y".repeat(length)));
            return slot.where() + " of " + length + " characters (maxLength " + slot.schema().path("maxLength") + ")";
        });
    }

    static boolean emptyString(Draft draft, SplittableRandom random, int size) {
        return replaceText(draft, random, List.of(""), slot -> slot.type().equals("string"));
    }

    static boolean unicodeEdge(Draft draft, SplittableRandom random, int size) {
        return aim(draft, random, slot -> slot.type().equals("string"), slot -> {
            int pick = random.nextInt(UNICODE.size() + 1);
            if (pick == UNICODE.size()) {
                // a lone surrogate is valid JSON escaping, yet no Unicode text: only raw JSON can carry it
                slot.put().accept(NODES.stringNode(Draft.MARK));
                draft.marked("\"Ada\\ud83d\"");
                return slot.where() + " with a lone surrogate \\ud83d";
            }
            slot.put().accept(NODES.stringNode(UNICODE.get(pick)));
            return slot.where() + " = " + escaped(UNICODE.get(pick));
        });
    }

    static boolean controlCharacter(Draft draft, SplittableRandom random, int size) {
        return aim(draft, random, slot -> slot.type().equals("string"), slot -> {
            String control = oneOf(CONTROLS, random);
            slot.put().accept(NODES.stringNode("Ada" + control + "Lovelace"));
            return slot.where() + " with U+" + String.format("%04X", (int) control.charAt(0));
        });
    }

    static boolean outOfRangeNumber(Draft draft, SplittableRandom random, int size) {
        return aim(draft, random, slot -> slot.type().equals("integer") || slot.type().equals("number"), slot -> {
            String value = outOfRange(slot.schema(), random);
            slot.put().accept(NODES.numberNode(new BigDecimal(value)));
            return slot.where() + " = " + value;
        });
    }

    static boolean malformedDate(Draft draft, SplittableRandom random, int size) {
        return aim(draft, random, slot -> slot.format().startsWith("date"), slot -> {
            String text = oneOf(slot.format().equals("date") ? UrlMutations.MALFORMED_DATES
                    : UrlMutations.MALFORMED_DATE_TIMES, random);
            slot.put().accept(NODES.stringNode(text));
            return slot.where() + " = \"" + text + "\"";
        });
    }

    /** Well-formed, and no date a clinic could mean: past what PostgreSQL stores, or before the common era. */
    static boolean impossibleDate(Draft draft, SplittableRandom random, int size) {
        return replaceText(draft, random, List.of("+99999999-01-01", "-99999-01-01", "+10000-01-01"),
                slot -> slot.format().equals("date"));
    }

    static boolean malformedUuid(Draft draft, SplittableRandom random, int size) {
        return replaceText(draft, random, UrlMutations.MALFORMED_UUIDS, slot -> slot.format().equals("uuid"));
    }

    static boolean deepNesting(Draft draft, SplittableRandom random, int size) {
        int depth = scaled(1_000 + random.nextInt(9_000), size);
        return aim(draft, random, slot -> true, slot -> {
            slot.put().accept(NODES.stringNode(Draft.MARK));
            draft.marked("[".repeat(depth) + "]".repeat(depth));
            return slot.where() + " nested " + depth + " arrays deep";
        });
    }

    private static String outOfRange(JsonNode schema, SplittableRandom random) {
        if (schema.has("maximum") && random.nextBoolean()) {
            return schema.path("maximum").decimalValue().add(BigDecimal.ONE).toPlainString();
        }
        if (schema.has("minimum") && random.nextBoolean()) {
            return schema.path("minimum").decimalValue().subtract(BigDecimal.ONE).toPlainString();
        }
        return oneOf(OUT_OF_RANGE, random);
    }

    private static boolean replaceText(Draft draft, SplittableRandom random, List<String> texts,
                                       Predicate<Slot> where) {
        return aim(draft, random, where, slot -> {
            String text = oneOf(texts, random);
            slot.put().accept(NODES.stringNode(text));
            return slot.where() + " = \"" + text + "\"";
        });
    }

    /** Applies the change to one of the body's slots that match; false when none does. */
    private static boolean aim(Draft draft, SplittableRandom random, Predicate<Slot> matching,
                               Function<Slot, String> change) {
        List<Slot> targets = draft.slots().stream().filter(matching).toList();
        if (targets.isEmpty()) {
            return false;
        }
        draft.changed(change.apply(oneOf(targets, random)));
        return true;
    }

    static String escaped(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> shown.append(c < 0x20 || c >= 0x7F ? String.format("\\u%04X", c)
                : String.valueOf((char) c)));
        return shown.toString();
    }
}
