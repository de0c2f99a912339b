package io.clinicflow.loadtest.volume;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The "At volume" table of docs/performance.md (issue 19): each measure on the empty system and at a chain's history,
 * their ratio and whether it meets its goal, in Markdown. Rows follow the empty run's order; a measure missing on
 * either side shows as n/a and meets nothing.
 */
public final class AtVolumeTable {

    private AtVolumeTable() {
    }

    public static String markdown(ChainSize size, List<Reading> empty, List<Reading> atVolume) {
        Map<String, Reading> byMeasure = atVolume.stream()
                .collect(Collectors.toMap(Reading::measure, Function.identity(), (first, second) -> first));
        StringBuilder table = new StringBuilder()
                .append("| measure | empty | at %d locations × %s years | ratio | goal | meets |%n"
                        .formatted(size.locations(), BigDecimal.valueOf(size.years()).stripTrailingZeros().toPlainString()))
                .append("|---|---:|---:|---:|---|---|\n");
        for (Reading before : empty) {
            Reading after = byMeasure.get(before.measure());
            double value = after == null ? Double.NaN : after.value();
            table.append("| %s | %s | %s | %s | %s | %s |%n".formatted(before.measure(), amount(before.value(), before.unit()),
                    amount(value, before.unit()), ratio(before, value), before.goal().text(), meets(before, value)));
        }
        return table.toString();
    }

    private static String amount(double value, String unit) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return "never";
        }
        // database statements take fractions of a millisecond, the dashboard's start tens of seconds
        return (value < 10 ? "%.2f %s" : "%.1f %s").formatted(value, unit);
    }

    private static String ratio(Reading empty, double atVolume) {
        if (Double.isNaN(empty.value()) || Double.isNaN(atVolume)) {
            return "n/a";
        }
        double ratio = Goal.ratio(empty.value(), atVolume);
        return Double.isInfinite(ratio) ? "∞" : "%.2f".formatted(ratio);
    }

    private static String meets(Reading empty, double atVolume) {
        if (empty.goal() == Goal.NONE) {
            return "–";
        }
        return !Double.isNaN(empty.value()) && !Double.isNaN(atVolume) && empty.goal().met(empty.value(), atVolume)
                ? "yes" : "**no**";
    }
}
