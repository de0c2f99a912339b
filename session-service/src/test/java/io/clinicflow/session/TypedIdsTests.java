package io.clinicflow.session;

import io.clinicflow.session.bookings.BookingId;
import io.clinicflow.session.clients.ClientId;
import io.clinicflow.session.declarations.DeclarationId;
import io.clinicflow.session.locations.LocationId;
import io.clinicflow.session.screening.ScreeningId;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An id reads as the bare value it wraps: events, journeys and "No booking with id …" print it as before. */
class TypedIdsTests {

    private static final UUID ID = UUID.fromString("5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d");

    @Test
    void readsAsTheValueItWraps() {
        assertThat(new BookingId(ID)).hasToString(ID.toString());
        assertThat(new ClientId(ID)).hasToString(ID.toString());
        assertThat(new ScreeningId(ID)).hasToString(ID.toString());
        assertThat(new DeclarationId(ID)).hasToString(ID.toString());
        assertThat(new LocationId("clinic-soho")).hasToString("clinic-soho");
    }

    @Test
    void newScreeningsAndDeclarationsGetFreshIds() {
        assertThat(ScreeningId.random()).isNotNull().isNotEqualTo(ScreeningId.random());
        assertThat(DeclarationId.random()).isNotNull().isNotEqualTo(DeclarationId.random());
    }

    @Test
    void refusesToWrapNothing() {
        assertThatThrownBy(() -> new BookingId(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ClientId(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new LocationId(null)).isInstanceOf(NullPointerException.class);
    }
}
