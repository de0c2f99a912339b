package io.clinicflow.booking.clients;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The client existed but was erased at their request: 410, so callers stop asking rather than think it a typo. */
class ClientErased extends ErrorResponseException {

    ClientErased(ClientId id) {
        super(HttpStatus.GONE, problem(id), null);
    }

    private static ProblemDetail problem(ClientId id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "client erased");
        problem.setProperty("clientId", id.value());
        return problem;
    }
}
