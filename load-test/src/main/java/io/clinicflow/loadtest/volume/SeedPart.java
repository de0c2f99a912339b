package io.clinicflow.loadtest.volume;

import io.clinicflow.testkit.ClinicInfrastructure;

import java.time.Instant;

/**
 * One part of a chain's year written straight into the stores (PostgreSQL {@code COPY}, a batched producer), not
 * through the services, which are stopped meanwhile: the databases' records, the topics' events.
 */
public interface SeedPart {

    /** Writes the part for a history that ends at {@code now} (business time). */
    SeedOutcome write(ClinicInfrastructure infrastructure, ChainSize size, Instant now);
}
