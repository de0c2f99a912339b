package io.clinicflow.deploy;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.JaasUtils;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A one-node KRaft broker of the test's own, secured like the compose broker (ADR 0028): SASL_PLAINTEXT with
 * SCRAM-SHA-512 for clients, {@code StandardAuthorizer}, {@code allow.everyone.if.no.acl.found=false}. Kafka's
 * {@link KafkaClusterTestKit} writes the JAAS file of its PLAIN super user {@code plain-admin}, which the broker uses
 * for itself and this class for topics, SCRAM users and ACLs: it plays compose's {@code admin}.
 */
final class SecuredBroker implements AutoCloseable {

    static final String SCRAM = ScramMechanism.SCRAM_SHA_512.mechanismName();
    private static final Duration METADATA_PROPAGATION = Duration.ofSeconds(20);

    private final KafkaClusterTestKit cluster;
    private final Admin admin;

    private SecuredBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
        this.admin = Admin.create(client("PLAIN", plainLogin()));
    }

    static SecuredBroker start() throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
                .setNumControllerNodes(1).setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT).build();
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                // the test kit enables PLAIN only, for itself and its admin; services log in with SCRAM
                .setConfigProp("sasl.enabled.mechanisms", "PLAIN," + SCRAM)
                .setConfigProp("listener.name." + nodes.brokerListenerName().value().toLowerCase() + "."
                        + SCRAM.toLowerCase() + ".sasl.jaas.config", scramLogin(""))
                .setConfigProp("auto.create.topics.enable", "false")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        return new SecuredBroker(cluster);
    }

    /** Client properties of a service logging in as {@code user} with SCRAM-SHA-512, as compose configures it. */
    Map<String, Object> clientOf(String user, String password) {
        return client(SCRAM, scramLogin("username=\"" + user + "\" password=\"" + password + "\""));
    }

    void createTopics(Collection<String> topics) throws ExecutionException, InterruptedException {
        admin.createTopics(topics.stream().map(topic -> new NewTopic(topic, 1, (short) 1)).toList()).all().get();
    }

    /** Adds SCRAM-SHA-512 users, as compose's broker entrypoint does with {@code kafka-storage format --add-scram}. */
    void addScramUsers(Map<String, String> passwords) throws ExecutionException, InterruptedException {
        List<UserScramCredentialAlteration> users = passwords.entrySet().stream()
                .<UserScramCredentialAlteration>map(user -> new UserScramCredentialUpsertion(user.getKey(),
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), user.getValue()))
                .toList();
        admin.alterUserScramCredentials(users).all().get();
        await().atMost(METADATA_PROPAGATION).untilAsserted(() -> assertThat(
                admin.describeUserScramCredentials().all().get()).containsKeys(passwords.keySet().toArray(String[]::new)));
    }

    /** Adds ACLs and waits until the broker's authorizer holds them all (they travel through the metadata log). */
    void grant(List<AclBinding> acls) throws ExecutionException, InterruptedException {
        admin.createAcls(acls).all().get();
        await().atMost(METADATA_PROPAGATION).untilAsserted(() -> assertThat(
                admin.describeAcls(AclBindingFilter.ANY).values().get()).containsAll(acls));
    }

    @Override
    public void close() throws Exception {
        admin.close();
        cluster.close();
    }

    private Map<String, Object> client(String mechanism, String jaasConfig) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SecurityProtocol.SASL_PLAINTEXT.name);
        properties.put(SaslConfigs.SASL_MECHANISM, mechanism);
        properties.put(SaslConfigs.SASL_JAAS_CONFIG, jaasConfig);
        return properties;
    }

    private static String plainLogin() {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + JaasUtils.KAFKA_PLAIN_ADMIN + "\" password=\"" + JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD + "\";";
    }

    private static String scramLogin(String options) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required " + options + ";";
    }
}
