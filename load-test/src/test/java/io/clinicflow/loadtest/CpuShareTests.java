package io.clinicflow.loadtest;

import com.sun.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

class CpuShareTests {

    private static final long BURN_NANOS = 200_000_000L;

    private final CountDownLatch release = new CountDownLatch(1);
    private volatile long spun;

    @Test
    void chargesTheCpuOfNamedThreadsToTheirGroupPerBooking() throws InterruptedException {
        CountDownLatch burnt = new CountDownLatch(2);
        Thread first = burner("test-burner-1", burnt);
        Thread second = burner("test-burner-2", burnt);
        CpuShare before = CpuShare.now();
        first.start();
        second.start();
        burnt.await();
        Map<String, Double> share = CpuShare.now().millisPerJourneySince(before, 4);
        release.countDown();

        // two threads of one group, 200 ms each, over 4 bookings: at least 100 ms per booking under one name
        assertThat(share).containsKey("test-burner-#");
        assertThat(share.get("test-burner-#")).isBetween(95.0, 250.0);
        assertThat(share.keySet()).doesNotContain("test-burner-1", "test-burner-2");
    }

    @Test
    void listsTheLargestGroupFirst() throws InterruptedException {
        CountDownLatch burnt = new CountDownLatch(1);
        Thread burner = burner("test-largest", burnt);
        CpuShare before = CpuShare.now();
        burner.start();
        burnt.await();
        Map<String, Double> share = CpuShare.now().millisPerJourneySince(before, 1);
        release.countDown();

        assertThat(List.copyOf(share.values())).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(share).containsKey("test-largest");
    }

    @Test
    void chargesTheLoadGeneratorsThreadsToTheHarnessAndTheServicesToTheSystem() {
        assertThat(List.of("ForkJoinPool-#-worker-#", "HttpClient-#-Worker-#", "HttpClient-#-SelectorManager",
                "perf-event-tap", "main")).allMatch(CpuShare::isHarness);
        assertThat(List.of("http-nio-#-exec-#", CpuShare.POSTGRESQL, "(JIT compilers)",
                "data-plane-kafka-request-handler-#", "ForkJoinPool.commonPool-worker-#")).noneMatch(CpuShare::isHarness);
    }

    /** A platform thread that spins until it has used {@link #BURN_NANOS} of CPU, then stays alive until released
     *  (the CPU of a thread that ended is no longer listed under its name). */
    private Thread burner(String name, CountDownLatch burnt) {
        return Thread.ofPlatform().name(name).daemon().unstarted(() -> {
            ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
            long sum = 0;
            while (threads.getCurrentThreadCpuTime() < BURN_NANOS) {
                sum += System.nanoTime() % 7;
            }
            spun = sum;
            burnt.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
