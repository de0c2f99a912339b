package io.clinicflow.testkit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.BusinessClock;
import io.clinicflow.privacy.ClientKeyStore;
import io.clinicflow.privacy.ClientKeys;
import io.clinicflow.privacy.PersonalDataSeal;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Stream;

/**
 * The real infrastructure ClinicFlow runs on, started in this JVM: one KRaft Kafka broker with every topic of the
 * {@link Topics} registry, one PostgreSQL 17 with a database per service and the key store, one GreenMail SMTP
 * server and the one {@link BusinessClock}. Tests share a single instance per JVM ({@link #shared()}); the local
 * stack starts its own on fixed ports.
 */
public final class ClinicInfrastructure implements AutoCloseable {

    public static final List<String> DATABASES = List.of("booking", "session", "aftercare");
    /** The services' one key store (ADR 0030), standing in for the chain's KMS. */
    public static final String KEY_STORE = "clinicflow_keys";
    static final int PARTITIONS = 3;
    /** System property: PostgreSQL keeps per-statement statistics (pg_stat_statements) for the performance profile. */
    public static final String STATEMENT_STATISTICS = "clinicflow.postgres.statement-statistics";
    /** Where a service finds the public key it verifies staff tokens with. */
    public static final String PUBLIC_KEY_PROPERTY = "spring.security.oauth2.resourceserver.jwt.public-key-location";

    /** Fixed ports for the local stack; 0 means any free port (tests). */
    public record Ports(int kafka, int postgres, int smtp) {
        public static final Ports ANY_FREE = new Ports(0, 0, 0);
    }

    private static ClinicInfrastructure shared;

    private final EmbeddedKafkaKraftBroker kafka;
    private final String bootstrapServers;
    private final EmbeddedPostgres postgres;
    private final GreenMail mail;
    private final BusinessClock clock;
    private final Deque<AutoCloseable> dependents = new ConcurrentLinkedDeque<>();
    private ClientKeyStore keys;
    private PersonalDataSeal seal;

    private ClinicInfrastructure(EmbeddedKafkaKraftBroker kafka, String bootstrapServers, EmbeddedPostgres postgres,
                                 GreenMail mail, BusinessClock clock) {
        this.kafka = kafka;
        this.bootstrapServers = bootstrapServers;
        this.postgres = postgres;
        this.mail = mail;
        this.clock = clock;
    }

    /** The infrastructure of this test JVM, started on first use and stopped when the JVM exits. */
    public static synchronized ClinicInfrastructure shared() {
        if (shared == null) {
            shared = start(Ports.ANY_FREE, BusinessTimeStart.clock(), null);
            System.out.println("Business time of this test JVM starts at " + shared.clock.instant()
                    + " (" + BusinessTimeStart.PROPERTY + "=" + System.getProperty(BusinessTimeStart.PROPERTY, "now") + ")");
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "clinic-infrastructure-stop"));
        }
        return shared;
    }

    /** Starts broker, database and mail server; {@code dataDirectory} null means a throw-away directory. */
    public static ClinicInfrastructure start(Ports ports, BusinessClock clock, Path dataDirectory) {
        EmbeddedKafkaKraftBroker kafka = startKafka(ports.kafka());
        EmbeddedPostgres postgres = startPostgres(ports.postgres(), dataDirectory);
        createDatabases(postgres);
        // The key store is there before any service, as the chain's KMS is: the services that only read it do not
        // migrate it (ADR 0043). booking-service, its owner, migrates it again at start, which changes nothing.
        ClientKeyStore.connect(postgres.getJdbcUrl("postgres", KEY_STORE), "postgres", "postgres", clock).close();
        ServerSetup smtp = new ServerSetup(ports.smtp(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail mail = new GreenMail(ports.smtp() == 0 ? smtp.dynamicPort() : smtp);
        mail.start();
        String bootstrapServers = ports.kafka() == 0 ? kafka.getBrokersAsString() : "localhost:" + ports.kafka();
        return new ClinicInfrastructure(kafka, bootstrapServers, postgres, mail, clock);
    }

    /**
     * A fixed port gets a listener of its own: Kafka's test kit binds the broker's default listener (EXTERNAL) to a
     * socket it opened on a random port before the broker starts, ignoring {@code kafkaPorts} and the port in
     * {@code listeners}; a listener of another name is bound where {@code listeners} says (ADR 0035).
     */
    private static EmbeddedKafkaKraftBroker startKafka(int port) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        if (port != 0) {
            broker.brokerProperty("listeners",
                    "EXTERNAL://localhost:0,CONTROLLER://localhost:0,FIXED://localhost:" + port);
            broker.brokerProperty("listener.security.protocol.map",
                    "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,FIXED:PLAINTEXT");
        }
        broker.brokerProperty("auto.create.topics.enable", "false");
        broker.afterPropertiesSet();
        broker.addTopics(Topics.all().stream().map(topic -> new NewTopic(topic, PARTITIONS, (short) 1))
                .toArray(NewTopic[]::new));
        return broker;
    }

    private static EmbeddedPostgres startPostgres(int port, Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port != 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(true);
            }
            if (Boolean.getBoolean(STATEMENT_STATISTICS)) {
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    private static void createDatabases(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String database : databasesWithKeyStore()) {
                statement.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the service databases", e);
        }
    }

    /** The services' databases and the key store: every place a client's personal data could rest. */
    public static List<String> databasesWithKeyStore() {
        return Stream.concat(DATABASES.stream(), Stream.of(KEY_STORE)).toList();
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    /** A connection to one of the server's databases as its superuser, for tools that read PostgreSQL's statistics. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
    }

    public int postgresPort() {
        return postgres.getPort();
    }

    public int smtpPort() {
        return mail.getSmtp().getPort();
    }

    public GreenMail mail() {
        return mail;
    }

    public BusinessClock clock() {
        return clock;
    }

    /** The key store as booking-service, its owner, holds it: for stand-ins of its erasures. */
    public synchronized ClientKeys clientKeys() {
        if (keys == null) {
            keys = ClientKeyStore.connect(jdbcUrl(KEY_STORE), "postgres", "postgres", clock);
            stopsBeforeMe(keys);
        }
        return keys;
    }

    /** Seals personal data as booking-service does, with the key store's client keys: for stand-ins of its events. */
    public synchronized PersonalDataSeal personalDataSeal() {
        if (seal == null) {
            seal = new PersonalDataSeal(clientKeys());
        }
        return seal;
    }

    /**
     * Spring properties that point a service at this infrastructure, its own database, the key store and this JVM's
     * token issuer ({@link TokenIssuer#ofThisJvm()}).
     */
    public Map<String, Object> springProperties(String database) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers());
        properties.put("spring.datasource.url", jdbcUrl(database));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        properties.put("clinicflow.keys.datasource.url", jdbcUrl(KEY_STORE));
        properties.put("clinicflow.keys.datasource.username", "postgres");
        properties.put("clinicflow.keys.datasource.password", "postgres");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", smtpPort());
        properties.put(PUBLIC_KEY_PROPERTY, TokenIssuer.ofThisJvm().publicKeyLocation());
        return properties;
    }

    /** Something running on this infrastructure (services, a control API) that must stop before it does. */
    public void stopsBeforeMe(AutoCloseable dependent) {
        dependents.push(dependent);
    }

    @Override
    public void close() {
        AutoCloseable dependent;
        while ((dependent = dependents.poll()) != null) {
            try {
                dependent.close();
            } catch (Exception e) {
                System.err.println("Could not stop " + dependent + ": " + e);
            }
        }
        mail.stop();
        kafka.destroy();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
