package io.clinicflow.session.sessions;

import io.clinicflow.session.bookings.TreatmentArea;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Needling deeper than 1.5 mm on the face or neck, or deeper than 2.5 mm anywhere else, must be justified in the
 * treatment record (DESIGN §5).
 */
public final class NeedleDepthPolicy {

    private static final Set<TreatmentArea> THIN_SKIN = Set.of(TreatmentArea.FACE, TreatmentArea.NECK);
    private static final BigDecimal THIN_SKIN_LIMIT_MM = new BigDecimal("1.5");
    private static final BigDecimal BODY_LIMIT_MM = new BigDecimal("2.5");

    private NeedleDepthPolicy() {
    }

    public static boolean needsReason(TreatmentArea area, BigDecimal needleDepthMm) {
        return needleDepthMm.compareTo(THIN_SKIN.contains(area) ? THIN_SKIN_LIMIT_MM : BODY_LIMIT_MM) > 0;
    }

    /** The index of the first area treated deeper than its limit without a reason, if any. */
    public static OptionalInt firstUnjustified(List<TreatedArea> areas) {
        return IntStream.range(0, areas.size())
                .filter(i -> needsReason(areas.get(i).area(), areas.get(i).needleDepthMm())
                        && isBlank(areas.get(i).depthReason()))
                .findFirst();
    }

    private static boolean isBlank(String reason) {
        return reason == null || reason.isBlank();
    }
}
