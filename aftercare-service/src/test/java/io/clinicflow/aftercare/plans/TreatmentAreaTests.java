package io.clinicflow.aftercare.plans;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A body area's aftercare messages say more than the face's (the templates' body sections). */
class TreatmentAreaTests {

    @ParameterizedTest(name = "{0} is a body area")
    @EnumSource(mode = EnumSource.Mode.EXCLUDE, names = "FACE")
    void callsEveryAreaButTheFaceABodyArea(TreatmentArea area) {
        assertThat(area.isBody()).isTrue();
        assertThat(TreatmentArea.FACE.isBody()).isFalse();
    }
}
