package io.clinicflow.session.sessions;

import io.clinicflow.session.bookings.TreatmentArea;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TreatmentRecordTests {

    private static final UUID BOOKED = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    private static final UUID STANDING_IN = UUID.fromString("6f5e4d3c-2b1a-4f9e-8d7c-6b5a4f3e2d1c");
    private static final List<TreatedArea> FACE = List.of(new TreatedArea(TreatmentArea.FACE, new BigDecimal("1.0"),
            2, null));

    @Test
    void recordsABlankCartridgeLotAsNotRecorded() {
        assertThat(record("  ", null).cartridgeLot()).isNull();
        assertThat(record(null, null).cartridgeLot()).isNull();
        assertThat(record("LOT-2026-118", null).cartridgeLot()).isEqualTo("LOT-2026-118");
    }

    @Test
    void isTreatedByTheBookedPractitionerUnlessItNamesWhoTreated() {
        assertThat(record("LOT-1", null).treatedByDefault(BOOKED))
                .isEqualTo(new TreatmentRecord(FACE, true, "Dermapen 4", "LOT-1", BOOKED, "calm skin"));
        assertThat(record("LOT-1", STANDING_IN).treatedByDefault(BOOKED).practitionerId()).isEqualTo(STANDING_IN);
    }

    @Test
    void bandsACompletedSessionByItsDeepestAreaWhereverItIsListed() {
        TreatmentRecord treatment = new TreatmentRecord(List.of(
                new TreatedArea(TreatmentArea.NECK, new BigDecimal("0.5"), 1, null),
                new TreatedArea(TreatmentArea.BACK, new BigDecimal("2.0"), 2, "acne scarring"),
                new TreatedArea(TreatmentArea.FACE, new BigDecimal("1.0"), 2, null)), false, "Dermapen 4", null,
                BOOKED, null);

        assertThat(new SessionCompleted(null, treatment, null).depthBand()).isEqualTo(DepthBand.DEEP);
    }

    private static TreatmentRecord record(String cartridgeLot, UUID practitionerId) {
        return new TreatmentRecord(FACE, true, "Dermapen 4", cartridgeLot, practitionerId, "calm skin");
    }
}
