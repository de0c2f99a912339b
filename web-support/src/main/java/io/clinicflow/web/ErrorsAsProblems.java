package io.clinicflow.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Boot's error page as a problem detail, in place of its own JSON: what reaches it is an error status set
 * without a body, e.g. by Spring Security's firewall refusing a path with a semicolon, an encoded percent or an empty
 * segment (issue 23, ADR 0040). Controllers' own errors never come here: {@link ApiErrors} answers them.
 */
@Hidden
@RestController
public class ErrorsAsProblems implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Refusal.problemFor(status));
    }
}
