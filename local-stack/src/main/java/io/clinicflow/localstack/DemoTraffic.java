package io.clinicflow.localstack;

import io.clinicflow.testkit.Clinic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local stack's {@code --demo}: a new simulated client every few seconds at one of the three locations, with a
 * mix of health profiles, so that every part of the journey funnel moves while business time runs fast.
 */
final class DemoTraffic implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoTraffic.class);
    private static final DemoClient.Profile[] PROFILES = {
            DemoClient.Profile.NOTHING_TO_DECLARE, DemoClient.Profile.NOTHING_TO_DECLARE, DemoClient.Profile.SLOW_HEALER,
            DemoClient.Profile.PRONE_TO_SCARRING, DemoClient.Profile.RECENT_ISOTRETINOIN, DemoClient.Profile.DECLARES_LATE};

    private final Clinic clinic;
    private final List<Clinic.Site> sites;
    private final List<DemoClient> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("demo-traffic").daemon().factory());
    private int arrivals;

    private DemoTraffic(Clinic clinic, List<Clinic.Site> sites) {
        this.clinic = clinic;
        this.sites = sites;
    }

    static DemoTraffic start(Clinic clinic, List<Clinic.Site> sites) {
        DemoTraffic traffic = new DemoTraffic(clinic, sites);
        traffic.executor.scheduleWithFixedDelay(traffic::arrive, 0, 3, TimeUnit.SECONDS);
        traffic.executor.scheduleWithFixedDelay(traffic::actOnAll, 1, 1, TimeUnit.SECONDS);
        return traffic;
    }

    private void arrive() {
        int number = ++arrivals;
        safely(() -> clients.add(new DemoClient(clinic, sites.get(number % sites.size()),
                PROFILES[number % PROFILES.length], number)));
    }

    private void actOnAll() {
        clients.removeIf(DemoClient::finished);
        for (DemoClient client : clients) {
            safely(() -> client.act(clinic.clock().instant()));
        }
    }

    /** A demo client that hits a closed day or a taken slot tries again on the next round; the demo goes on. */
    private static void safely(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | AssertionError e) {
            log.atDebug().addArgument(e::toString).log("Demo step skipped: {}");
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
