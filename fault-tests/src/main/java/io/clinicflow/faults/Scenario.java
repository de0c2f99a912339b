package io.clinicflow.faults;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One fault, injected while open-loop traffic runs. The script runs beside the traffic and returns what it injected
 * for the checker (nothing for most faults); traffic goes on until the script is done and some more.
 */
record Scenario(String name, Duration minimumTraffic, Script script) {

    @FunctionalInterface
    interface Script {
        Injected inject(ClinicSystem system, Poison poison);
    }

    /**
     * What a script left for the checker: the keys of the poison records it sent, the outbox rows it forced past the
     * event size limit and how many of them it saw parked with their clients' later events held, and what it saw.
     */
    record Injected(Set<String> poisonKeys, int forcedRows, int parkedRows, List<String> findings) {

        static final Injected NOTHING = new Injected(Set.of(), 0, 0, List.of());

        Injected {
            poisonKeys = Set.copyOf(poisonKeys);
            findings = List.copyOf(findings);
        }

        static Injected poison(Set<String> keys) {
            return new Injected(keys, 0, 0, List.of());
        }
    }

    private static final Random RANDOM = new Random();

    private static void killAndRestart(ServiceProcess service) {
        service.kill();
        service.start();
        service.awaitReady();
    }

    static List<Scenario> all() {
        return List.of(
                new Scenario("broker SIGKILL, restart after 10 s", Duration.ofSeconds(45), (system, poison) -> {
                    Waiting.pause(Duration.ofSeconds(15));
                    system.broker().kill();
                    Waiting.pause(Duration.ofSeconds(10));
                    system.broker().start();
                    return Injected.NOTHING;
                }),
                new Scenario("each service SIGKILLed twice mid-traffic", Duration.ofSeconds(45), (system, poison) -> {
                    system.services().forEach(service -> {
                        Waiting.pause(Duration.ofMillis(4_000 + RANDOM.nextInt(4_000)));
                        killAndRestart(service);
                        // just ready, it is catching up: consuming the lag and relaying the backlog of the outage
                        Waiting.pause(Duration.ofMillis(500 + RANDOM.nextInt(2_500)));
                        killAndRestart(service);
                    });
                    return Injected.NOTHING;
                }),
                new Scenario("PostgreSQL stopped 60 s", Duration.ofSeconds(45), (system, poison) -> {
                    Waiting.pause(Duration.ofSeconds(15));
                    system.database().stop();
                    Waiting.pause(Duration.ofSeconds(60));
                    system.database().start();
                    return Injected.NOTHING;
                }),
                new Scenario("duplicate delivery: aftercare's groups reset to earliest", Duration.ofSeconds(45),
                        (system, poison) -> {
                            Waiting.pause(Duration.ofSeconds(10));
                            system.aftercare().terminate();
                            ConsumerGroups.resetToEarliest(system.broker(), "aftercare-");
                            system.aftercare().start();
                            system.aftercare().awaitReady();
                            return Injected.NOTHING;
                        }),
                new Scenario("each service SIGTERMed mid-traffic", Duration.ofSeconds(45), (system, poison) -> {
                    system.services().forEach(service -> {
                        Waiting.pause(Duration.ofMillis(4_000 + RANDOM.nextInt(4_000)));
                        int exit = service.terminate();
                        if (exit != 0 && exit != 143) {
                            throw new IllegalStateException(service.name() + " exited with " + exit + " on SIGTERM");
                        }
                        service.start();
                        service.awaitReady();
                    });
                    return Injected.NOTHING;
                }),
                new Scenario("poison records into each topic", Duration.ofSeconds(30), (system, poison) -> {
                    Waiting.pause(Duration.ofSeconds(10));
                    return Injected.poison(poison.inject());
                }),
                new Scenario("oversized and unpublishable events parked", Duration.ofSeconds(45),
                        (system, poison) -> new OversizedEvents(system).inject()));
    }
}
