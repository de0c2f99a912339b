package io.clinicflow.loadtest;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop run at a fixed arrival rate: arrival i is due at start + i / rate, whatever happened to earlier
 * arrivals; each runs on its own virtual thread, and its latencies count from the time it was due (no coordinated
 * omission: a slow system cannot slow the arrivals down and hide its own queueing).
 */
final class LoadRun {

    /** Marks a booking whose confirmation the tap saw before its POST answered (it can, on a fast pipeline). */
    private static final String CONFIRMED_FIRST = "confirmed-before-answered";
    private static final Duration DRAIN = Duration.ofSeconds(20);

    private final PerfSystem system;
    private final Chain chain;
    private final BookingJourney journey;
    private final DbTransactions transactions;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, String> practitionerOfBooking = new ConcurrentHashMap<>();
    private volatile Measurements measurements;

    LoadRun(PerfSystem system, Chain chain) {
        this.system = system;
        this.chain = chain;
        this.journey = new BookingJourney(system.booking(), system.session());
        this.transactions = new DbTransactions(system.infrastructure());
    }

    /** Sends journeys at {@code rate} per second for {@code duration}, waits for the stragglers, and sums up. */
    RunResult run(double rate, Duration duration, EventTap tap, Measurements into) throws InterruptedException {
        measurements = into;
        tap.measureInto(into);
        int total = (int) Math.round(rate * duration.toMillis() / 1000.0);
        chain.prepare(total, system.infrastructure().clock().instant());
        long startMillis = System.currentTimeMillis() + 200;
        long startNanos = System.nanoTime() + 200_000_000L;
        into.window(startMillis, startMillis + duration.toMillis());
        DbTransactions.Counters transactionsBefore = transactions.now();
        CpuShare cpuBefore = CpuShare.now();
        for (int i = 0; i < total; i++) {
            long dueNanos = startNanos + (long) (i * 1_000_000_000.0 / rate);
            LockSupport.parkNanos(dueNanos - System.nanoTime());
            long dueMillis = startMillis + (dueNanos - startNanos) / 1_000_000L;
            into.arrivals.incrementAndGet();
            workers.submit(() -> arrive(dueMillis));
        }
        LockSupport.parkNanos(startNanos + duration.toNanos() - System.nanoTime());
        Map<String, Double> cpuShare = CpuShare.now().millisPerJourneySince(cpuBefore, total);
        RunResult.Backlog backlogAtEnd = new RunResult.Backlog(into.bookingConfirmed.open(),
                into.completedToDay0Email.open());
        drain(into);
        // Through the drain: the commits of an overloaded step's late journeys are its own, not the next step's.
        Commits commits = Commits.between(transactionsBefore, transactions.now());
        return RunResult.of(rate, duration, into, commits, backlogAtEnd, cpuShare);
    }

    private void arrive(long dueMillis) {
        Measurements m = measurements;
        try {
            Chain.Slot slot = chain.take();
            String clientId = journey.register(slot);
            long bookingSent = System.currentTimeMillis();
            String bookingId = journey.book(clientId, slot);
            long answered = System.currentTimeMillis();
            String seen = practitionerOfBooking.putIfAbsent(bookingId, slot.practitionerId());
            m.bookingAnswered.start(bookingId, dueMillis);
            m.bookingAnswered.end(bookingId, answered);
            m.bookingPosted.start(bookingId, bookingSent);
            m.bookingPosted.end(bookingId, answered);
            m.bookingConfirmed.start(bookingId, dueMillis);
            m.booked.incrementAndGet();
            if (CONFIRMED_FIRST.equals(seen)) {
                practitionerOfBooking.remove(bookingId);
                treat(m, bookingId, slot.practitionerId());
            }
        } catch (RuntimeException e) {
            failed(m, e);
        }
    }

    /** The tap saw BookingConfirmed: the client comes in and the practitioner completes the session. */
    void confirmed(String bookingId) {
        String practitionerId = practitionerOfBooking.putIfAbsent(bookingId, CONFIRMED_FIRST);
        if (practitionerId != null && !CONFIRMED_FIRST.equals(practitionerId)) {
            practitionerOfBooking.remove(bookingId);
            Measurements m = measurements;
            workers.submit(() -> treat(m, bookingId, practitionerId));
        }
    }

    private void treat(Measurements m, String bookingId, String practitionerId) {
        try {
            m.checkInRetries.addAndGet(journey.treat(bookingId, practitionerId));
            m.completions.incrementAndGet();
        } catch (RuntimeException e) {
            failed(m, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void failed(Measurements m, RuntimeException e) {
        if (m.failures.incrementAndGet() <= 5) {
            System.err.println("load: " + e.getMessage());
        }
    }

    /**
     * Waits (bounded) until every arrival is booked (or failed), every booking confirmed and every completed session's
     * DAY0 email sent: a run whose bookings all answer after its arrivals stopped still measures them.
     */
    private static void drain(Measurements m) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (System.nanoTime() < deadline && (m.bookingConfirmed.open() > 0 || m.completedToDay0Email.open() > 0
                || m.booked.get() + m.failures.get() < m.arrivals.get()
                || m.completions.get() + m.failures.get() < m.booked.get())) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    void stop() {
        workers.shutdownNow();
    }
}
