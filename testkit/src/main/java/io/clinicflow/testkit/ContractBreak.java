package io.clinicflow.testkit;

import java.util.Comparator;

/** One way a live OpenAPI document breaks a client written against the frozen one, at one operation. */
record ContractBreak(String method, String path, String change) {

    /** By path, then method, so that one operation's breaks stand together in a failure message. */
    static final Comparator<ContractBreak> BY_OPERATION = Comparator.comparing(ContractBreak::path)
            .thenComparing(ContractBreak::method).thenComparing(ContractBreak::change);

    @Override
    public String toString() {
        return method + " " + path + ": " + change;
    }
}
