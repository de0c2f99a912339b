package io.clinicflow.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;

import java.io.IOException;
import java.net.URI;

/**
 * Answers a request with a problem detail (RFC 9457) from a servlet filter, which runs before any controller advice
 * could: the request body limit and the rate limit refuse here.
 */
public final class FilterProblems {

    private static final JacksonJsonHttpMessageConverter PROBLEMS = new JacksonJsonHttpMessageConverter();

    private FilterProblems() {
    }

    /** Writes the problem with the request's path as its instance and its status as the response's. */
    public static void answer(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        PROBLEMS.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
    }
}
