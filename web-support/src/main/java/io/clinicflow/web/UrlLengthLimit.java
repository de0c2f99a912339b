package io.clinicflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses an address (path and query) longer than {@code clinicflow.web.max-url-chars} with 414 (ADR 0059). Tomcat
 * refuses one past its header room itself, but then closes the connection with the rest of the request unread, and
 * the client may get the reset instead of the answer. {@link TomcatRefusals} gives Tomcat room for longer addresses
 * so that they are read whole and refused here, on a connection that stays open.
 */
public class UrlLengthLimit extends OncePerRequestFilter {

    private final int maxChars;

    public UrlLengthLimit(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        int length = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (length > maxChars) {
            FilterProblems.answer(ProblemDetail.forStatusAndDetail(HttpStatus.URI_TOO_LONG,
                    "The request's address is longer than the " + maxChars + " characters this service takes"),
                    request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
