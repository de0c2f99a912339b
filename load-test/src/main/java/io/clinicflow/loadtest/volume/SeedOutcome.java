package io.clinicflow.loadtest.volume;

import java.time.Duration;
import java.util.Map;

/** What one {@link SeedPart} wrote: items by table or topic, the bytes they take on disk, how long it took. */
public record SeedOutcome(String part, Map<String, Long> items, long bytesOnDisk, Duration took) {
}
