package io.clinicflow.aftercare;

import io.clinicflow.aftercare.checkins.CheckInId;
import io.clinicflow.aftercare.checkins.ConcernId;
import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.offers.OfferId;
import io.clinicflow.aftercare.plans.CourseId;
import io.clinicflow.aftercare.plans.MessageId;
import io.clinicflow.aftercare.sessions.SessionId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Aftercare's ids read as the UUIDs they wrap: Avro fields, db-scheduler task ids, email Message-IDs and problem
 * details are written from them as text, and must read as before the ids were typed.
 */
class TypedIdsTests {

    private static final UUID ID = UUID.fromString("3f2b8c1e-6d4a-4f0e-9b7a-2c5d8e1f0a93");

    static Stream<Arguments> ids() {
        return Stream.of(arguments("SessionId", (Function<UUID, Object>) SessionId::new),
                arguments("ClientId", (Function<UUID, Object>) ClientId::new),
                arguments("CourseId", (Function<UUID, Object>) CourseId::new),
                arguments("MessageId", (Function<UUID, Object>) MessageId::new),
                arguments("OfferId", (Function<UUID, Object>) OfferId::new),
                arguments("CheckInId", (Function<UUID, Object>) CheckInId::new),
                arguments("ConcernId", (Function<UUID, Object>) ConcernId::new));
    }

    @ParameterizedTest(name = "{0} reads as its UUID")
    @MethodSource("ids")
    void readsAsTheUuidItWraps(String type, Function<UUID, Object> id) {
        assertThat(id.apply(ID)).hasToString("3f2b8c1e-6d4a-4f0e-9b7a-2c5d8e1f0a93").isEqualTo(id.apply(ID));
    }

    @ParameterizedTest(name = "{0} needs a UUID")
    @MethodSource("ids")
    void needsAUuid(String type, Function<UUID, Object> id) {
        assertThatNullPointerException().isThrownBy(() -> id.apply(null));
    }
}
