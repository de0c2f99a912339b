package io.clinicflow.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.UUID;

/**
 * The client existed but was erased at their request (ADR 0030): 410, so callers stop asking rather than think it a
 * typo, and nothing new is recorded about them.
 */
public class ClientErased extends ErrorResponseException {

    public ClientErased(UUID clientId) {
        super(HttpStatus.GONE, problem(clientId), null);
    }

    private static ProblemDetail problem(UUID clientId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "client erased");
        problem.setProperty("clientId", clientId);
        return problem;
    }
}
