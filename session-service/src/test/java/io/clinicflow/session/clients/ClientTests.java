package io.clinicflow.session.clients;

import io.clinicflow.session.locations.LocationId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ClientTests {

    private static final LocationId HOME = new LocationId("clinic-soho");

    @Test
    void isErasedOnceTheirDateOfBirthIsForgotten() {
        assertThat(new Client(new ClientId(UUID.randomUUID()), Optional.empty(), HOME).erased()).isTrue();
        assertThat(new Client(new ClientId(UUID.randomUUID()), Optional.of(LocalDate.parse("1990-05-17")), HOME)
                .erased()).isFalse();
    }
}
