package io.clinicflow.session.declarations;

import io.clinicflow.kernel.RandomUuid;

import java.util.Objects;
import java.util.UUID;

/** One version of a client's health declaration. */
public record DeclarationId(UUID value) {

    public DeclarationId {
        Objects.requireNonNull(value, "value");
    }

    public static DeclarationId random() {
        return new DeclarationId(RandomUuid.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
