package io.clinicflow.loadtest;

import io.clinicflow.loadtest.Perf.PerfOptions;
import io.clinicflow.loadtest.volume.AtVolumeTable;
import io.clinicflow.loadtest.volume.ClientReads;
import io.clinicflow.loadtest.volume.QueryTimes;
import io.clinicflow.loadtest.volume.Reading;
import io.clinicflow.loadtest.volume.Seeding;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bin/perf volume's flow on the real system at the smallest size, with no seed parts: journeys, the front desk's
 * reads and the pipeline's statements are measured, the services stop and start again on the same infrastructure,
 * and everything is measured again. It proves the statements run on the services' real schemas and the sampled
 * reads answer; the ops dashboard's start needs its executable jar, which only bin/perf's build makes, so it is not
 * run here. It takes minutes on a busy two-core machine (the system starts, and its services twice), so the build
 * leaves it out (tag {@value #TAG}); run it with {@code ./mvnw -pl load-test -am test -Dtest=AtVolumeFlowTests
 * -Dsurefire.failIfNoSpecifiedTests=false -DexcludedGroups=none}.
 */
@Tag(AtVolumeFlowTests.TAG)
class AtVolumeFlowTests {

    static final String TAG = "volume-flow";

    private static final PerfOptions TINY = PerfOptions.parse(new String[]{"volume", "--locations", "1", "--years",
            "0.01", "--rate", "2", "--duration", "PT3S", "--warm-up", "PT3S", "--warm-up-rate", "2"});

    @Test
    void theSameMeasuresAreTakenBeforeAndAfterTheServicesRestartOnTheSameStores() throws Exception {
        try (PerfSystem system = PerfSystem.start()) {
            List<Reading> empty = measure(system);
            system.stopServices();
            Seeding.write(List.of(), system.infrastructure(), TINY.size(), system.infrastructure().clock().instant(),
                    new PrintStream(OutputStream.nullOutputStream()));
            system.restartServices();
            List<Reading> again = measure(system);

            assertThat(again).extracting(Reading::measure).containsExactlyElementsOf(
                    empty.stream().map(Reading::measure).toList());
            assertThat(again).allSatisfy(reading -> assertThat(reading.value()).as(reading.measure()).isPositive()
                    .isLessThan(10_000));
            assertThat(AtVolumeTable.markdown(TINY.size(), empty, again)).contains("| POST /bookings p99 |")
                    .doesNotContain("n/a");
        }
    }

    private static List<Reading> measure(PerfSystem system) throws Exception {
        List<Reading> readings = new ArrayList<>(AtVolume.journeys(system, TINY));
        Instant now = system.infrastructure().clock().instant();
        readings.addAll(ClientReads.measure(system.infrastructure(), system.booking(), system.aftercare(), now));
        readings.addAll(QueryTimes.measure(system.infrastructure(), now));
        return readings;
    }
}
