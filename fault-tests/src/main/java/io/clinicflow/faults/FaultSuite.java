package io.clinicflow.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/**
 * The fault-injection suite (issue 6): starts the system as separate processes, runs every scenario under open-loop
 * traffic, drains, checks, prints one table row per scenario, writes the table into docs/reliability.md and exits
 * non-zero when any guarantee was broken. Arguments: the repository root, then optionally words that select
 * scenarios by name ({@code broker}, {@code SIGTERM}...); a selection prints its rows but leaves the document alone.
 */
public final class FaultSuite {

    private static final double CLIENTS_PER_SECOND = 3;
    private static final Duration LONGEST_TRAFFIC = Duration.ofMinutes(4);
    private static final Duration TRAFFIC_AFTER_FAULT = Duration.ofSeconds(10);
    /** Long enough for one delivery retry: a DAY0 email whose send failed goes again after 5 min (ADR 0012). */
    private static final Duration DRAIN = Duration.ofMinutes(6);

    private FaultSuite() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<String> selected = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        List<Scenario> scenarios = Scenario.all().stream()
                .filter(s -> selected.isEmpty() || selected.stream().anyMatch(word -> s.name().contains(word))).toList();
        long started = System.nanoTime();
        List<ScenarioResult> results = new ArrayList<>();
        try (ClinicSystem system = ClinicSystem.start(root, root.resolve("fault-tests/target/fault-run"))) {
            Slots slots = new Slots(system.booking().api(), Instant.now());
            Traffic traffic = new Traffic(system, slots, CLIENTS_PER_SECOND, LONGEST_TRAFFIC);
            Poison poison = new Poison(system.broker());
            Checker checker = new Checker(system);
            System.out.println("fault-tests: system up, location zone " + slots.zone());
            for (Scenario scenario : scenarios) {
                slots.prepare(traffic.mostClients(), Instant.now());
                ScenarioResult result = run(scenario, system, traffic, poison, checker);
                results.add(result);
                System.out.println(result.row());
                result.findings().forEach(finding -> System.out.println("    " + finding));
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        ReliabilityReport.print(results, took);
        if (selected.isEmpty()) {
            ReliabilityReport.write(root.resolve("docs/reliability.md"), results, took);
        }
        System.exit(results.stream().allMatch(ScenarioResult::passed) ? 0 : 1);
    }

    private static ScenarioResult run(Scenario scenario, ClinicSystem system, Traffic traffic, Poison poison,
                                      Checker checker) throws InterruptedException, SQLException {
        System.out.println("fault-tests: " + scenario.name());
        Snapshot before = Snapshot.of(system);
        try (var faults = Executors.newSingleThreadExecutor()) {
            CompletableFuture<Scenario.Injected> fault = CompletableFuture.supplyAsync(
                    () -> scenario.script().inject(system, poison), faults);
            List<ClientJourney> journeys = traffic.run(scenario.minimumTraffic(), fault, TRAFFIC_AFTER_FAULT);
            Scenario.Injected injected = fault.join();
            drain(system, journeys);
            return checker.check(scenario.name(), before, Snapshot.of(system), journeys, injected, poison.injected());
        }
    }

    /** Waits (bounded) until every outbox is published, every group caught up and every finished journey mailed. */
    private static void drain(ClinicSystem system, List<ClientJourney> journeys) {
        boolean drained = Waiting.within(DRAIN, () -> unpublished(system) == 0 && ConsumerGroups.lag(system.broker()) == 0
                && Mails.recipients(system.mail()).containsAll(journeys.stream().filter(ClientJourney::completed)
                .map(ClientJourney::email).toList()));
        if (!drained) {
            System.out.println("    not drained after " + DRAIN + ": the checker counts what is missing as lost");
        }
    }

    private static long unpublished(ClinicSystem system) {
        long unpublished = 0;
        for (String database : Database.NAMES) {
            try (Connection connection = system.database().connect(database);
                 Statement statement = connection.createStatement();
                 ResultSet count = statement.executeQuery("select count(*) from outbox_event where published_at is null")) {
                count.next();
                unpublished += count.getLong(1);
            } catch (SQLException databaseNotBack) {
                return Long.MAX_VALUE;
            }
        }
        return unpublished;
    }
}
