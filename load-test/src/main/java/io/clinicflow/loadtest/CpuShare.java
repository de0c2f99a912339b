package io.clinicflow.loadtest;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the CPU of a run goes: this JVM's threads grouped by name (digits dropped, so the three consumers of one group
 * or Tomcat's workers count together), the JVM's own threads (JIT compilers, garbage collector, VM thread), threads
 * that ended during the window (the process total minus all the others), and the PostgreSQL server's processes.
 * A snapshot before and after the arrival window gives milliseconds per journey for each. The load generator's own
 * threads ({@link #isHarness}) are listed but not charged to the system; the JIT compilers, the garbage collector and
 * ended threads serve both and cannot be split, so they are charged to the system.
 */
final class CpuShare {

    static final String ENDED_THREADS = "(threads that ended in the window)";
    static final String POSTGRESQL = "(PostgreSQL processes)";
    private static final long NANOS_PER_TICK = 10_000_000L;

    /** One /proc/PID/stat (or /proc/self/task/TID/stat): the command name and the fields after it. */
    private record ProcStat(String comm, String[] fields) {

        static ProcStat of(Path process) {
            try {
                String stat = Files.readString(process.resolve("stat"));
                int commEnd = stat.lastIndexOf(')');
                return new ProcStat(stat.substring(stat.indexOf('(') + 1, commEnd),
                        stat.substring(commEnd + 2).split(" "));
            } catch (IOException | RuntimeException e) {
                return new ProcStat("", new String[0]);
            }
        }

        /** utime + stime (fields 14, 15), with the children's cutime + cstime (16, 17) if asked. */
        long ticks(boolean withExitedChildren) {
            try {
                return Arrays.stream(fields, 11, withExitedChildren ? 15 : 13).mapToLong(Long::parseLong).sum();
            } catch (RuntimeException e) {
                return 0;
            }
        }
    }

    /**
     * The load generator's thread groups: the virtual threads' carriers (the arrivals and treatments), the
     * JDK HttpClient's threads (under the RestClient of its ApiClients), the event tap and the main thread that paces
     * the arrivals.
     */
    private static final List<String> HARNESS_PREFIXES = List.of("ForkJoinPool-#-worker-", "HttpClient-", "perf-",
            "main");

    private final Map<String, Long> nanosByGroup;

    private CpuShare(Map<String, Long> nanosByGroup) {
        this.nanosByGroup = nanosByGroup;
    }

    /** Whether a thread group is the load generator's rather than the system's under test. */
    static boolean isHarness(String group) {
        return HARNESS_PREFIXES.stream().anyMatch(group::startsWith);
    }

    static CpuShare now() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = threads.getAllThreadIds();
        long[] cpu = threads.getThreadCpuTime(ids);
        ThreadInfo[] infos = threads.getThreadInfo(ids);
        Map<String, Long> groups = new HashMap<>();
        long threadTotal = 0;
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null && cpu[i] > 0) {
                groups.merge(Profile.threadGroup(infos[i].getThreadName()), cpu[i], Long::sum);
                threadTotal += cpu[i];
            }
        }
        long nativeTotal = 0;
        for (Map.Entry<String, Long> jvmThreads : jvmThreadNanos().entrySet()) {
            groups.put(jvmThreads.getKey(), jvmThreads.getValue());
            nativeTotal += jvmThreads.getValue();
        }
        long process = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        groups.put(ENDED_THREADS, process - threadTotal - nativeTotal);
        groups.put(POSTGRESQL, postgresNanos());
        return new CpuShare(groups);
    }

    /** CPU milliseconds per journey of each group between {@code before} and this snapshot, largest first. */
    Map<String, Double> millisPerJourneySince(CpuShare before, long journeys) {
        Map<String, Double> share = new LinkedHashMap<>();
        nanosByGroup.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.nanosByGroup.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> share.put(e.getKey(), e.getValue() / 1e6 / Math.max(journeys, 1)));
        return share;
    }

    /**
     * The JVM's own threads, which no ThreadMXBean lists: JIT compilers, garbage collection and the VM thread, from
     * /proc/self/task (the kernel keeps the first 15 characters of a thread's name).
     */
    private static Map<String, Long> jvmThreadNanos() {
        Map<String, Long> groups = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.map(ProcStat::of).forEach(task -> {
                String group = jvmThreadGroup(task.comm());
                if (group != null) {
                    groups.merge(group, task.ticks(false) * NANOS_PER_TICK, Long::sum);
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return groups;
    }

    private static String jvmThreadGroup(String comm) {
        if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre")) {
            return "(JIT compilers)";
        }
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
            return "(garbage collector)";
        }
        return comm.equals("VM Thread") || comm.equals("VM Periodic Tas") ? "(VM thread)" : null;
    }

    /** utime + stime of every postgres process, plus what the postmaster collected from backends that exited. */
    private static long postgresNanos() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(ProcStat::of).filter(process -> process.comm().equals("postgres"))
                    .mapToLong(process -> process.ticks(true)).sum() * NANOS_PER_TICK;
        } catch (IOException e) {
            return 0;
        }
    }
}
