package io.clinicflow.e2e.edge;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Valid values for OpenAPI schemas, as a careful integrator would send them, and the places in each value (slots)
 * that a mutation can aim at.
 */
final class SchemaExamples {

    /** How many optional properties a generated object carries. */
    enum Fill { MINIMAL, SOME, FULL }

    /** A place in a generated value: its schema, and how to put another value there or take it out. */
    record Slot(String where, String name, JsonNode schema, boolean required, Consumer<JsonNode> put, Runnable remove) {
        String type() {
            return schema.path("type").asString();
        }

        String format() {
            return schema.path("format").asString();
        }
    }

    /** A valid value and its slots. */
    record Example(JsonNode value, List<Slot> slots) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> ZONES = List.of("Europe/London", "Australia/Sydney", "America/New_York");
    /** Keys of the maps the APIs take: opening hours by day, health answers by code. */
    private static final List<String> MAP_KEYS = List.of("MONDAY", "SATURDAY", "SUNDAY", "PREGNANT_OR_BREASTFEEDING",
            "FITZPATRICK_TYPE", "SUNBURN_LAST", "ACTIVE_ACNE_IN_AREA");

    private final SplittableRandom random;
    private final KnownIds ids;
    private final Fill fill;
    private final Instant now;
    private final List<Slot> slots = new ArrayList<>();

    private SchemaExamples(SplittableRandom random, KnownIds ids, Fill fill, Instant now) {
        this.random = random;
        this.ids = ids;
        this.fill = fill;
        this.now = now;
    }

    static Example of(JsonNode schema, SplittableRandom random, KnownIds ids, Fill fill, Instant now) {
        SchemaExamples examples = new SchemaExamples(random, ids, fill, now);
        JsonNode value = examples.value(schema, "$", "");
        return new Example(value, List.copyOf(examples.slots));
    }

    /** A valid text for a path, query or header parameter. */
    static String text(JsonNode schema, String name, SplittableRandom random, KnownIds ids, Instant now) {
        return new SchemaExamples(random, ids, Fill.SOME, now).value(schema, "", name).asString();
    }

    private JsonNode value(JsonNode schema, String where, String name) {
        if (schema.has("enum")) {
            return schema.path("enum").get(random.nextInt(schema.path("enum").size()));
        }
        return switch (schema.path("type").asString()) {
            case "object" -> object(schema, where);
            case "array" -> array(schema, where, name);
            case "string" -> NODES.stringNode(string(schema, name));
            case "integer" -> NODES.numberNode(between(schema, 0, 20));
            case "number" -> NODES.numberNode(decimal(schema));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> anyAnswer();
        };
    }

    private ObjectNode object(JsonNode schema, String where) {
        ObjectNode object = NODES.objectNode();
        List<String> required = schema.path("required").values().stream().map(JsonNode::asString).toList();
        for (var property : schema.path("properties").properties()) {
            boolean isRequired = required.contains(property.getKey());
            if (isRequired || fill == Fill.FULL || fill == Fill.SOME && random.nextBoolean()) {
                String name = property.getKey();
                object.set(name, value(property.getValue(), where + "." + name, name));
                slots.add(new Slot(where + "." + name, name, property.getValue(), isRequired,
                        value -> object.set(name, value), () -> object.remove(name)));
            }
        }
        JsonNode entries = schema.path("additionalProperties");
        int count = entries.isObject() && fill != Fill.MINIMAL ? random.nextInt(3) : 0;
        for (int i = 0; i < count; i++) {
            String key = MAP_KEYS.get(random.nextInt(MAP_KEYS.size()));
            if (object.has(key)) {
                continue;   // a second value under the key would replace the first, and leave its slots dangling
            }
            object.set(key, value(entries, where + "." + key, key));
            slots.add(new Slot(where + "." + key, key, entries, false, value -> object.set(key, value),
                    () -> object.remove(key)));
        }
        return object;
    }

    private ArrayNode array(JsonNode schema, String where, String name) {
        ArrayNode array = NODES.arrayNode();
        int least = schema.path("minItems").asInt(0);
        int count = fill == Fill.MINIMAL ? least : least + random.nextInt(3);
        JsonNode items = schema.path("items");
        for (int i = 0; i < count; i++) {
            int index = i;
            array.add(value(items, where + "[" + i + "]", name));
            if (!items.path("type").asString().equals("object")) {
                // an element is no field: taking one out of a list leaves the list, not a field, missing
                slots.add(new Slot(where + "[" + i + "]", name, items, false, value -> array.set(index, value),
                        () -> array.remove(index)));
            }
        }
        return array;
    }

    private String string(JsonNode schema, String name) {
        return switch (schema.path("format").asString()) {
            case "uuid" -> ids.pick(random);
            case "date" -> date(name).toString();
            case "date-time" -> now.plus(Duration.ofMinutes(15L * (4 + random.nextInt(14 * 24 * 4))))
                    .atOffset(ZoneOffset.UTC).withSecond(0).withNano(0).toString();
            case "email" -> "edge." + Integer.toHexString(random.nextInt()) + "@example.com";
            default -> name.endsWith("imeZone") ? ZONES.get(random.nextInt(ZONES.size())) : words(schema);
        };
    }

    private LocalDate date(String name) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return name.contains("Birth") ? today.minusYears(22 + random.nextInt(50)).minusDays(random.nextInt(365))
                : today.plusDays(random.nextInt(-30, 60));
    }

    private String words(JsonNode schema) {
        int shortest = Math.max(1, schema.path("minLength").asInt(1));
        int longest = Math.min(schema.path("maxLength").asInt(Integer.MAX_VALUE), shortest + 24);
        StringBuilder text = new StringBuilder();
        int length = shortest + random.nextInt(longest - shortest + 1);
        while (text.length() < length) {
            text.append(text.length() % 7 == 6 ? ' ' : (char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private int between(JsonNode schema, int defaultLeast, int defaultSpan) {
        int least = schema.path("minimum").asInt(defaultLeast);
        int most = schema.path("maximum").asInt(least + defaultSpan);
        return random.nextInt(least, most + 1);
    }

    private BigDecimal decimal(JsonNode schema) {
        BigDecimal least = BigDecimal.valueOf(schema.path("minimum").asDouble(0));
        BigDecimal most = BigDecimal.valueOf(schema.path("maximum").asDouble(least.doubleValue() + 10));
        BigDecimal value = least.add(most.subtract(least).multiply(BigDecimal.valueOf(random.nextDouble())));
        return value.setScale(1, RoundingMode.DOWN).max(least).min(most);
    }

    /** A health answer, which the schema leaves open: yes, no, a date or a number. */
    private JsonNode anyAnswer() {
        return switch (random.nextInt(3)) {
            case 0 -> NODES.booleanNode(random.nextBoolean());
            case 1 -> NODES.stringNode(date("").toString());
            default -> NODES.numberNode(random.nextInt(1, 7));
        };
    }
}
