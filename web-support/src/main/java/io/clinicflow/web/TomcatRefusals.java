package io.clinicflow.web;

import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

import java.util.Arrays;

/**
 * Puts {@link RefusalReport} where Tomcat keeps its error report valve, so that what Tomcat refuses before Spring sees
 * the request (a malformed or encoded path, too long a request line, too large headers) is answered as a problem
 * detail too (issue 23, ADR 0040). Spring Boot itself adds Tomcat's HTML valve to the host; this runs after it
 * (lowest precedence) and takes its place.
 * <p>
 * It also gives the request line and headers {@link #HEADER_ROOM} (Tomcat's default is 8 KB), so that an address
 * past {@link UrlLengthLimit}'s limit is read whole and refused there, with 414, rather than by Tomcat, which closes
 * the connection on the unread rest (ADR 0059). A larger room set by {@code server.max-http-request-header-size} stays.
 */
public class TomcatRefusals implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    static final int HEADER_ROOM = 64 * 1024;

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> replaceReportOf((Host) context.getParent()));
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setMaxHttpRequestHeaderSize(Math.max(http.getMaxHttpRequestHeaderSize(), HEADER_ROOM));
            }
        });
    }

    private static void replaceReportOf(Host host) {
        Pipeline pipeline = host.getPipeline();
        Arrays.stream(pipeline.getValves()).filter(ErrorReportValve.class::isInstance).forEach(pipeline::removeValve);
        pipeline.addValve(new RefusalReport());
        if (host instanceof StandardHost standard) {
            // else the host adds Tomcat's own valve again when it starts, as it does when it finds none of its class
            standard.setErrorReportValveClass(RefusalReport.class.getName());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
