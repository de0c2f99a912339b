package io.clinicflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Map;

/**
 * 401 (no, expired or wrongly signed token) and 403 (a role that may not do this) as RFC 9457 problem details, with
 * the {@code WWW-Authenticate} header RFC 6750 asks for.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearerEntryPoint.commence(request, response, e);
        write(request, response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required: " + e.getMessage());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        bearerAccessDenied.handle(request, response, e);
        write(request, response, HttpStatus.FORBIDDEN, "The token's roles or locations do not allow "
                + request.getMethod() + " " + request.getRequestURI());
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                              String detail) throws IOException {
        Map<String, Object> problem = Map.of("type", "about:blank", "title", status.getReasonPhrase(),
                "status", status.value(), "detail", detail, "instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
