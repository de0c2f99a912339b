package io.clinicflow.messaging;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Readiness of the broker connection: the broker answers a describe-cluster within a short timeout. The answer is
 * cached for a few seconds, so frequent probes (Kubernetes, load balancers) cost the broker one call per interval.
 */
public class KafkaReadiness implements HealthIndicator, DisposableBean, AutoCloseable {

    private final Map<String, Object> adminConfig;
    private final Duration timeout;
    private final Duration cacheFor;
    private final LongSupplier nanoTime;
    private Admin admin;
    private Health last;
    private long checkedAt;

    public KafkaReadiness(Map<String, Object> adminConfig, Duration timeout, Duration cacheFor) {
        this(adminConfig, timeout, cacheFor, System::nanoTime);
    }

    KafkaReadiness(Map<String, Object> adminConfig, Duration timeout, Duration cacheFor, LongSupplier nanoTime) {
        this.adminConfig = Map.copyOf(adminConfig);
        this.timeout = timeout;
        this.cacheFor = cacheFor;
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized Health health() {
        long now = nanoTime.getAsLong();
        if (last == null || now - checkedAt >= cacheFor.toNanos()) {
            last = describeCluster();
            checkedAt = now;
        }
        return last;
    }

    private Health describeCluster() {
        try {
            DescribeClusterResult cluster = admin().describeCluster(
                    new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
            int brokers = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            return Health.up().withDetail("clusterId", cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS))
                    .withDetail("brokers", brokers).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (Exception e) {
            return Health.down().withDetail("error", e.toString()).build();
        }
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminConfig);
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
            admin = null;
        }
    }

    @Override
    public void close() {
        destroy();
    }
}
