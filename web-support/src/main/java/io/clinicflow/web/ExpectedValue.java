package io.clinicflow.web;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a field takes, in the caller's words rather than a Java type's name: a 400 says "must be a date (yyyy-MM-dd)",
 * never {@code java.time.LocalDate} (issue 23).
 */
final class ExpectedValue {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class,
            Short.class, short.class, Byte.class, byte.class, BigInteger.class);
    private static final Set<Class<?>> DATE_TIMES = Set.of(OffsetDateTime.class, ZonedDateTime.class, Instant.class);

    private ExpectedValue() {
    }

    static String of(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (DATE_TIMES.contains(type)) {
            return "a date and time with its offset (yyyy-MM-ddTHH:mm:ss+01:00 or …Z)";
        }
        return Map.<Class<?>, String>of(Boolean.class, "true or false", boolean.class, "true or false",
                        UUID.class, "a UUID", LocalDate.class, "a date (yyyy-MM-dd)", LocalTime.class, "a time (HH:mm)",
                        String.class, "text")
                .getOrDefault(type, type.isArray() || Collection.class.isAssignableFrom(type) ? "a list" : "an object");
    }
}
