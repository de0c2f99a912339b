package io.clinicflow.faults;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One fault, injected while open-loop traffic runs. The script runs beside the traffic and returns the poison keys it
 * injected (none for most faults); traffic goes on until the script is done and some more.
 */
record Scenario(String name, Duration minimumTraffic, Script script) {

    @FunctionalInterface
    interface Script {
        Set<String> inject(ClinicSystem system, Poison poison);
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
                    return Set.of();
                }),
                new Scenario("each service SIGKILLed twice mid-traffic", Duration.ofSeconds(45), (system, poison) -> {
                    system.services().forEach(service -> {
                        Waiting.pause(Duration.ofMillis(4_000 + RANDOM.nextInt(4_000)));
                        killAndRestart(service);
                        // just ready, it is catching up: consuming the lag and relaying the backlog of the outage
                        Waiting.pause(Duration.ofMillis(500 + RANDOM.nextInt(2_500)));
                        killAndRestart(service);
                    });
                    return Set.of();
                }),
                new Scenario("PostgreSQL stopped 60 s", Duration.ofSeconds(45), (system, poison) -> {
                    Waiting.pause(Duration.ofSeconds(15));
                    system.database().stop();
                    Waiting.pause(Duration.ofSeconds(60));
                    system.database().start();
                    return Set.of();
                }),
                new Scenario("duplicate delivery: aftercare's groups reset to earliest", Duration.ofSeconds(45),
                        (system, poison) -> {
                            Waiting.pause(Duration.ofSeconds(10));
                            system.aftercare().terminate();
                            ConsumerGroups.resetToEarliest(system.broker(), "aftercare-");
                            system.aftercare().start();
                            system.aftercare().awaitReady();
                            return Set.of();
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
                    return Set.of();
                }),
                new Scenario("poison records into each topic", Duration.ofSeconds(30), (system, poison) -> {
                    Waiting.pause(Duration.ofSeconds(10));
                    return poison.inject();
                }));
    }
}
