package io.clinicflow.loadtest;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latency from one moment to a later one of the same thing (a booking, a session), in milliseconds. Either end
 * may be seen first: the tap reads several topics and the generator learns a booking's id from its POST answer.
 */
final class Hop {

    static final long MAX_MILLIS = 3_600_000L;

    private final String name;
    private final Histogram histogram = new ConcurrentHistogram(MAX_MILLIS, 3);
    private final Map<String, Long> starts = new ConcurrentHashMap<>();
    private final Map<String, Long> ends = new ConcurrentHashMap<>();

    Hop(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void start(String key, long epochMillis) {
        Long end = ends.remove(key);
        if (end == null) {
            starts.put(key, epochMillis);
        } else {
            record(end - epochMillis);
        }
    }

    void end(String key, long epochMillis) {
        Long start = starts.remove(key);
        if (start == null) {
            ends.put(key, epochMillis);
        } else {
            record(epochMillis - start);
        }
    }

    /** Things started and not yet ended: the backlog of this hop. */
    int open() {
        return starts.size();
    }

    /** A snapshot: stragglers of an overloaded run still record while the report iterates. */
    Histogram histogram() {
        return histogram.copy();
    }

    private void record(long millis) {
        // Event times are truncated to milliseconds by different writers: a hop can look a millisecond negative.
        histogram.recordValue(Math.min(Math.max(millis, 0), MAX_MILLIS));
    }
}
