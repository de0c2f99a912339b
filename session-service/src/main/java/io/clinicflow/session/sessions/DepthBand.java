package io.clinicflow.session.sessions;

import java.math.BigDecimal;

/** How deep a session went, by its deepest area: aftercare adapts its advice to it. */
public enum DepthBand {
    SUPERFICIAL, MEDIUM, DEEP;

    private static final BigDecimal SUPERFICIAL_UP_TO = new BigDecimal("0.5");
    private static final BigDecimal MEDIUM_UP_TO = new BigDecimal("1.5");

    public static DepthBand of(BigDecimal maxDepthMm) {
        if (maxDepthMm.compareTo(SUPERFICIAL_UP_TO) <= 0) {
            return SUPERFICIAL;
        }
        return maxDepthMm.compareTo(MEDIUM_UP_TO) <= 0 ? MEDIUM : DEEP;
    }
}
