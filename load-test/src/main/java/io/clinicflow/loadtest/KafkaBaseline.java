package io.clinicflow.loadtest;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.tools.ProducerPerformance;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own producer benchmark (kafka-producer-perf-test) in this JVM against the same broker: acks=all,
 * 300-byte records, as fast as it can, into a scratch topic with the services' partition count.
 */
final class KafkaBaseline {

    private static final String TOPIC = "perf.baseline";
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec");

    private KafkaBaseline() {
    }

    static double recordsPerSecond(String bootstrapServers, int records) throws Exception {
        createTopic(bootstrapServers);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ProducerPerformance.main(new String[] {"--topic", TOPIC, "--num-records", String.valueOf(records),
                    "--record-size", "300", "--throughput", "-1",
                    "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all"});
        } finally {
            System.setOut(console);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        // It prints a progress line every 5 s and the summary last, all in the same shape.
        String summary = output.lines().filter(line -> SUMMARY.matcher(line).find()).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("ProducerPerformance printed no summary: " + output));
        System.out.println("kafka-producer-perf-test: " + summary);
        Matcher numbers = SUMMARY.matcher(summary);
        numbers.find();
        return Double.parseDouble(numbers.group(2));
    }

    private static void createTopic(String bootstrapServers) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics().names().get().contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            }
        }
    }
}
