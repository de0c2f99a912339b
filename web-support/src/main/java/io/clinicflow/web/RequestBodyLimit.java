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
 * Refuses a request body larger than {@code clinicflow.web.max-request-bytes} with 413 (issue 23, ADR 0037), before
 * the token is checked and before Jackson sees a byte: at once when its Content-Length says so; a chunked body, whose
 * length nobody knows before its end, is read here up to one byte over the limit and handed on as {@link ReadBody}.
 * Every endpoint answers the same, whether it reads a body or not.
 */
public class RequestBodyLimit extends OncePerRequestFilter {


    private final int maxBytes;

    public RequestBodyLimit(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(request, response);
        } else if (declared >= 0) {
            chain.doFilter(request, response);
        } else {
            byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                refuse(request, response);
            } else {
                chain.doFilter(new ReadBody(request, body), response);
            }
        }
    }

    /** The rest of the body stays unread: the server discards it or closes the connection. */
    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FilterProblems.answer(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than the " + maxBytes + " bytes a request may have"), request, response);
    }
}
