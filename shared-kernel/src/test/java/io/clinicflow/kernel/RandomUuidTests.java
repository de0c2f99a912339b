package io.clinicflow.kernel;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RandomUuidTests {

    @Test
    void isARandomVersion4UuidOfTheIetfVariant() {
        UUID id = RandomUuid.next();

        assertThat(id.version()).isEqualTo(4);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void neverRepeatsAcrossThreads() {
        Set<UUID> ids = ConcurrentHashMap.newKeySet();

        IntStream.range(0, 200_000).parallel().forEach(i -> ids.add(RandomUuid.next()));

        assertThat(ids).hasSize(200_000);
    }

    @Test
    void usesEveryRandomBit() {
        Set<Integer> seenLowNibbles = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            seenLowNibbles.add((int) (RandomUuid.next().getLeastSignificantBits() & 0xf));
        }

        assertThat(seenLowNibbles).hasSize(16);
    }
}
