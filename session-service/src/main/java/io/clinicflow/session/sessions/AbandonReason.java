package io.clinicflow.session.sessions;

/** Why a started session was stopped before its treatment was completed. */
public enum AbandonReason {
    ADVERSE_REACTION, CLIENT_REQUEST, EQUIPMENT, OTHER
}
