package io.clinicflow.dashboard.deadletters;

/** Published (in this application) after a dead letter was added to the list. */
public record DeadLetterArrived(DeadLetter deadLetter) {
}
