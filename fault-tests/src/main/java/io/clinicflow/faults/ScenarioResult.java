package io.clinicflow.faults;

import java.util.List;

/**
 * What the checker found after one scenario. Required: nothing lost, no duplicated effect, nothing out of order, no
 * client message sent twice, the dead-letter topics holding exactly the poison injected, and every outbox row forced
 * past the size limit parked with its client's later events held.
 */
record ScenarioResult(String scenario, int clients, int journeysCompleted, int eventsSent, int eventsReceived, int republished,
                      int lost, int duplicatedEffects, int outOfOrderClients, int messagesSentTwice,
                      int resentWithSameMessageId, int deadLetterRecords, int poisonInjected, int poisonMissing,
                      int deadLettersNotPoison, int parkedRows, int forcedRows, List<String> findings) {

    static final String HEADER = "| scenario | clients | journeys done | events sent | received | republished | lost | duplicated effects"
            + " | out of order | sent twice | same-id resends | DLT records (poison injected) | parked (forced) | verdict |";
    static final String RULE = "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|";

    boolean passed() {
        return lost == 0 && duplicatedEffects == 0 && outOfOrderClients == 0 && messagesSentTwice == 0
                && poisonMissing == 0 && deadLettersNotPoison == 0 && parkedRows == forcedRows;
    }

    String row() {
        return "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d (%d) | %d (%d) | %s |".formatted(scenario,
                clients, journeysCompleted, eventsSent, eventsReceived, republished, lost, duplicatedEffects,
                outOfOrderClients, messagesSentTwice, resentWithSameMessageId, deadLetterRecords, poisonInjected,
                parkedRows, forcedRows, passed() ? "pass" : "FAIL");
    }
}
