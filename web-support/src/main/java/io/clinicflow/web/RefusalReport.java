package io.clinicflow.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's error report as an RFC 9457 problem detail instead of its HTML page: the answer to an error nobody wrote a
 * body for, above all to requests Tomcat refuses before any servlet runs. It says in plain words what was wrong and
 * never echoes the request, Tomcat's message or an exception (issue 23, ADR 0040).
 */
public class RefusalReport extends ErrorReportValve {

    private static final JacksonJsonHttpMessageConverter PROBLEMS = new JacksonJsonHttpMessageConverter();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported() || !ioAllowed(response)) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer reporter = response.getReporter();
            if (reporter != null) {    // null: the response is already committed, nothing can be written
                reporter.write(PROBLEMS.getMapper().writeValueAsString(Refusal.problemFor(status)));
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response was committed meanwhile: there is nobody left to answer
        }
    }

    private static boolean ioAllowed(Response response) {
        AtomicBoolean allowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
        return allowed.get();
    }
}
