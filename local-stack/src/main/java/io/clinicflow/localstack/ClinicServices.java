package io.clinicflow.localstack;

import io.clinicflow.aftercare.AftercareServiceApplication;
import io.clinicflow.booking.BookingServiceApplication;
import io.clinicflow.session.SessionServiceApplication;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The three ClinicFlow services running in this JVM as three Spring application contexts, each with its own config
 * name, database and consumer groups, all on the given infrastructure and sharing its one business clock.
 */
public final class ClinicServices implements AutoCloseable {

    /** HTTP ports of the services; 0 means any free port. */
    public record Ports(int booking, int session, int aftercare) {
        public static final Ports ANY_FREE = new Ports(0, 0, 0);
    }

    private final List<ConfigurableApplicationContext> contexts;

    private ClinicServices(List<ConfigurableApplicationContext> contexts) {
        this.contexts = contexts;
    }

    public static ClinicServices start(ClinicInfrastructure infrastructure, Ports ports, Map<String, Object> overrides) {
        return new ClinicServices(Stream.of(
                        run(BookingServiceApplication.app(), infrastructure, "booking", ports.booking(), overrides),
                        run(SessionServiceApplication.app(), infrastructure, "session", ports.session(), overrides),
                        run(AftercareServiceApplication.app(), infrastructure, "aftercare", ports.aftercare(), overrides))
                .toList());
    }

    private static ConfigurableApplicationContext run(SpringApplicationBuilder service, ClinicInfrastructure infrastructure,
                                                      String database, int port, Map<String, Object> overrides) {
        // The caller stops the services in order (before the broker and database they use), not the JVM's hooks.
        return service.registerShutdownHook(false).initializers(context -> {
            Map<String, Object> properties = new java.util.LinkedHashMap<>(infrastructure.springProperties(database));
            properties.put("server.port", port);
            properties.putAll(overrides);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("local-stack", properties));
            context.getBeanFactory().registerSingleton("businessClock", infrastructure.clock());
        }).run();
    }

    public int bookingPort() {
        return portOf(0);
    }

    public int sessionPort() {
        return portOf(1);
    }

    public int aftercarePort() {
        return portOf(2);
    }

    private int portOf(int service) {
        return ((WebServerApplicationContext) contexts.get(service)).getWebServer().getPort();
    }

    @Override
    public void close() {
        contexts.reversed().forEach(ConfigurableApplicationContext::close);
    }
}
