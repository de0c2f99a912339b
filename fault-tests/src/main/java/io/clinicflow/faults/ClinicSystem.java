package io.clinicflow.faults;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.ServiceDatabases;
import io.clinicflow.testkit.TokenIssuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The system under fault: the Kafka broker, PostgreSQL and the three services, each its own OS process on free ports,
 * and GreenMail (the clients' mail store) in this JVM. Built jars only: what runs here is what ships.
 */
final class ClinicSystem implements AutoCloseable {

    private final KafkaBroker broker;
    private final Database database;
    private final GreenMail mail;
    private final ServiceProcess booking;
    private final ServiceProcess session;
    private final ServiceProcess aftercare;

    private ClinicSystem(KafkaBroker broker, Database database, GreenMail mail, Path root, Path workDirectory) {
        this.broker = broker;
        this.database = database;
        this.mail = mail;
        this.booking = service("booking", root, workDirectory);
        this.session = service("session", root, workDirectory);
        this.aftercare = service("aftercare", root, workDirectory);
    }

    /** Starts everything; {@code root} is the repository (for the service jars), logs go to {@code workDirectory}. */
    static ClinicSystem start(Path root, Path workDirectory) throws IOException {
        removeEarlierRun(workDirectory);
        Files.createDirectories(workDirectory);
        // Whatever ends this JVM, the processes it started end with it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants()
                .forEach(ProcessHandle::destroyForcibly), "fault-tests-processes-stop"));
        KafkaBroker broker = new KafkaBroker(workDirectory.resolve("kafka"), freePort(), freePort());
        broker.install();
        Database database = new Database(workDirectory.resolve("postgres"), freePort());
        database.install();
        GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        ClinicSystem system = new ClinicSystem(broker, database, mail, root, workDirectory);
        system.services().forEach(ServiceProcess::start);
        system.services().forEach(ServiceProcess::awaitReady);
        return system;
    }

    private ServiceProcess service(String name, Path root, Path workDirectory) {
        String module = name + "-service";
        Path jar = root.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (bin/fault-tests does)");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
        properties.put("spring.datasource.url", database.jdbcUrl(name));
        properties.put("spring.datasource.username", name);
        properties.put("spring.datasource.password", ServiceDatabases.password(name));
        properties.put("clinicflow.keys.datasource.url", database.jdbcUrl(ClinicInfrastructure.KEY_STORE));
        properties.put("clinicflow.keys.datasource.username", name);
        properties.put("clinicflow.keys.datasource.password", ServiceDatabases.password(name));
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", mail.getSmtp().getPort());
        properties.put(ClinicInfrastructure.PUBLIC_KEY_PROPERTY, TokenIssuer.ofThisJvm().publicKeyLocation());
        properties.put(ClinicInfrastructure.RATE_LIMIT_ENABLED, false);   // the scenarios' traffic comes in bursts
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.io.clinicflow", "INFO");
        return new ServiceProcess(module, jar, freePort(), properties, workDirectory.resolve(module + ".log"));
    }

    KafkaBroker broker() {
        return broker;
    }

    Database database() {
        return database;
    }

    GreenMail mail() {
        return mail;
    }

    ServiceProcess booking() {
        return booking;
    }

    ServiceProcess session() {
        return session;
    }

    ServiceProcess aftercare() {
        return aftercare;
    }

    List<ServiceProcess> services() {
        return List.of(booking, session, aftercare);
    }

    /** A new broker and a new database each run: the last run's storage and data directories go. */
    private static void removeEarlierRun(Path workDirectory) throws IOException {
        if (Files.exists(workDirectory)) {
            try (var paths = Files.walk(workDirectory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        services().forEach(service -> {
            try {
                service.terminate();
            } catch (RuntimeException e) {
                service.kill();
            }
        });
        broker.stop();
        database.stop();
        mail.stop();
    }
}
