package io.clinicflow.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem detail for a request refused before any controller read it: by Tomcat ({@link RefusalReport}) or by a
 * filter that only sets a status ({@link ErrorsAsProblems}). Nobody wrote a detail for these, so the status says it in
 * plain words; the request, the server's message and any exception are never echoed (issue 23, ADR 0040).
 */
final class Refusal {

    private Refusal() {
    }

    static ProblemDetail problemFor(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        problem.setDetail(switch (status) {
            case 400 -> "The request could not be read: its address or its headers are too long, or its address "
                    + "holds a character this service refuses (such as an encoded slash, backslash, percent or NUL)";
            case 401 -> "The request needs a valid access token";
            case 403 -> "The access token does not allow this request";
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not take this method";
            case 413 -> "The request is larger than a request to this service may be";
            case 414 -> "The request's address is longer than this service takes";
            case 431 -> "The request's headers are larger than this service takes";
            default -> status >= 500 ? "The service could not answer this request" : "The request was refused";
        });
        return problem;
    }
}
