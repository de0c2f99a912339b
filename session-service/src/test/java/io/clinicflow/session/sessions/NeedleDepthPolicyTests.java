package io.clinicflow.session.sessions;

import io.clinicflow.session.bookings.TreatmentArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NeedleDepthPolicyTests {

    @ParameterizedTest(name = "{0} at {1} mm needs a reason: {2}")
    @CsvSource(textBlock = """
        FACE,          1.5, false
        FACE,          1.6, true
        NECK,          1.5, false
        NECK,          1.51, true
        DECOLLETAGE,   1.6, false
        DECOLLETAGE,   2.5, false
        DECOLLETAGE,   2.6, true
        THIGHS,        3.0, true
        BACK,          0.5, false
        """)
    void asksForAReasonAboveTheAreasDepthLimit(TreatmentArea area, BigDecimal depth, boolean needsReason) {
        assertThat(NeedleDepthPolicy.needsReason(area, depth)).isEqualTo(needsReason);
    }

    @Test
    void namesTheFirstAreaTreatedTooDeepWithoutAReason() {
        List<TreatedArea> areas = List.of(
                area(TreatmentArea.FACE, "2.0", "deep acne scars"),
                area(TreatmentArea.NECK, "1.0", null),
                area(TreatmentArea.BACK, "3.0", " "),
                area(TreatmentArea.FACE, "1.8", null));

        assertThat(NeedleDepthPolicy.firstUnjustified(areas)).hasValue(2);
    }

    @Test
    void acceptsDeepNeedlingThatIsJustified() {
        assertThat(NeedleDepthPolicy.firstUnjustified(List.of(area(TreatmentArea.FACE, "2.0", "deep acne scars"))))
                .isEmpty();
    }

    @ParameterizedTest(name = "deepest {0} mm -> {1}")
    @CsvSource(textBlock = """
        0.1,  SUPERFICIAL
        0.5,  SUPERFICIAL
        0.6,  MEDIUM
        1.5,  MEDIUM
        1.51, DEEP
        3.0,  DEEP
        """)
    void bandsASessionByItsDeepestArea(BigDecimal deepest, DepthBand band) {
        assertThat(DepthBand.of(deepest)).isEqualTo(band);
    }

    private static TreatedArea area(TreatmentArea area, String depth, String reason) {
        return new TreatedArea(area, new BigDecimal(depth), 2, reason);
    }
}
