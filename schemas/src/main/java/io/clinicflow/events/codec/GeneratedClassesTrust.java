package io.clinicflow.events.codec;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 only instantiates classes it trusts when it decodes specific records: this trusts our generated ones,
 * once per JVM (the class initializer does it), for every decoder of them (the codec, the personal-data seal).
 */
public final class GeneratedClassesTrust {

    private static final String GENERATED_PACKAGE = "io.clinicflow.avro.";

    static {
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(),
                type -> type.getName().startsWith(GENERATED_PACKAGE)));
    }

    private GeneratedClassesTrust() {
    }

    /** Call before decoding generated classes: loading this class is what trusts them. */
    public static void ensure() {
        // the static initializer has run by now
    }
}
