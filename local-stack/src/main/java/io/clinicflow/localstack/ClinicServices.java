package io.clinicflow.localstack;

import io.clinicflow.aftercare.AftercareServiceApplication;
import io.clinicflow.booking.BookingServiceApplication;
import io.clinicflow.session.SessionServiceApplication;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

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
        return start(infrastructure, ports, overrides, (service, port) -> { });
    }

    /** As {@link #start(ClinicInfrastructure, Ports, Map)}, telling {@code started} of each service once it serves. */
    public static ClinicServices start(ClinicInfrastructure infrastructure, Ports ports, Map<String, Object> overrides,
                                       BiConsumer<String, Integer> started) {
        List<ConfigurableApplicationContext> contexts = new ArrayList<>();
        for (var service : List.of(
                Map.entry(BookingServiceApplication.app(), ports.booking()),
                Map.entry(SessionServiceApplication.app(), ports.session()),
                Map.entry(AftercareServiceApplication.app(), ports.aftercare()))) {
            String database = ClinicInfrastructure.DATABASES.get(contexts.size());   // booking, session, aftercare
            contexts.add(run(service.getKey(), infrastructure, database, service.getValue(), overrides));
            started.accept(database + "-service", ((WebServerApplicationContext) contexts.getLast()).getWebServer().getPort());
        }
        return new ClinicServices(List.copyOf(contexts));
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

    /** Each service's meters, as its {@code /actuator/prometheus} exports them. */
    public List<MeterRegistry> meterRegistries() {
        return contexts.stream().map(context -> context.getBean(MeterRegistry.class)).toList();
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
