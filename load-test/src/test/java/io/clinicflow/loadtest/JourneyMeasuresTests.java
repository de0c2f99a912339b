package io.clinicflow.loadtest;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JourneyMeasuresTests {

    @Test
    void theTransactionIdsAssignedInTheWindowAreTheWritingCommitsAndTheRestOfTheCommitsOnlyRead() {
        DbTransactions.Counters before = new DbTransactions.Counters(10_000, 7, 50_000);
        DbTransactions.Counters after = new DbTransactions.Counters(13_500, 9, 51_500);

        Commits commits = Commits.between(before, after);

        assertThat(commits).isEqualTo(new Commits(1_500, 2_000, 2));
        assertThat(commits.writingPer(100)).isEqualTo(15.0);
        assertThat(commits.readOnlyPer(100)).isEqualTo(20.0);
        assertThat(commits.allPer(100)).isEqualTo(35.0);
        assertThat(commits.rollbacksPer(100)).isEqualTo(0.02);
    }

    @Test
    void idsOfWritersThatRolledBackNeverMakeMoreWritingCommitsThanCommits() {
        Commits commits = Commits.between(new DbTransactions.Counters(0, 0, 100),
                new DbTransactions.Counters(40, 5, 145));

        assertThat(commits).isEqualTo(new Commits(40, 0, 5));
    }

    @Test
    void rJourneyCountsTenDurableChangesPerJourneyAgainstPgbench() {
        assertThat(new JourneyRatio(20, 4_000).value()).isCloseTo(0.05, within(1e-9));
        assertThat(new JourneyRatio(20, 0).value()).isZero();
    }

    @Test
    void theMeasuresAreReadAtTheMaximumAndTheLatencyAtTheStepNearestHalfOfIt() {
        Stepper.Outcome outcome = new Stepper.Outcome(List.of(step(5), step(10), step(20), step(30)), 20);

        assertThat(outcome.atMax().offeredRate()).isEqualTo(20);
        assertThat(outcome.atHalfMax().offeredRate()).isEqualTo(10);
    }

    @Test
    void withoutASustainableStepTheFirstStepIsReported() {
        Stepper.Outcome outcome = new Stepper.Outcome(List.of(step(5), step(10)), 0);

        assertThat(outcome.atMax().offeredRate()).isEqualTo(5);
        assertThat(outcome.atHalfMax().offeredRate()).isEqualTo(5);
    }

    @Test
    void theLoadGeneratorsCpuIsNotChargedToTheSystem() {
        RunResult run = RunResult.of(10, Duration.ofSeconds(30), new Measurements(), new Commits(0, 0, 0),
                new RunResult.Backlog(0, 0), Map.of(CpuShare.POSTGRESQL, 20.0, "http-nio-#-exec-#", 12.0,
                        "ForkJoinPool-#-worker-#", 5.0, "perf-event-tap", 1.0));

        assertThat(run.systemCpuMillisPerJourney()).isEqualTo(32.0);
        assertThat(run.harnessCpuMillisPerJourney()).isEqualTo(6.0);
    }

    private static RunResult step(double rate) {
        return RunResult.of(rate, Duration.ofSeconds(30), new Measurements(), new Commits(0, 0, 0),
                new RunResult.Backlog(0, 0), Map.of());
    }
}
