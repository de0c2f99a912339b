package io.clinicflow.ratelimit;

import io.clinicflow.web.FilterProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * Counts each caller's changes ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under {@code /api/v1/}) and
 * answers 429 past the caller's quota (ADR 0041). It runs after Spring Security, so the caller is the token's subject
 * and a request without a valid token was already answered 401. Reads are not counted: they change nothing.
 */
public class WriteRateLimit extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final CallerQuotas quotas;

    public WriteRateLimit(CallerQuotas quotas) {
        this.quotas = quotas;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Duration wait = caller == null ? Duration.ZERO : quotas.take(caller.getName());
        if (wait.isZero()) {
            chain.doFilter(request, response);
        } else {
            refuse(new TooManyRequests(wait), request, response);
        }
    }

    private static void refuse(TooManyRequests answer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatus(TooManyRequests.STATUS);
        problem.setTitle(TooManyRequests.TITLE);
        problem.setDetail(answer.detail("changes"));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(answer.retryAfterSeconds()));
        FilterProblems.answer(problem, request, response);
    }
}
