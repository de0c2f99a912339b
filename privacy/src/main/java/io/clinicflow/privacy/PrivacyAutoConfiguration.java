package io.clinicflow.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The key store and the seal of personal event fields (ADR 0030), for services configured with
 * {@code clinicflow.keys.datasource.url}: the key store's own connection pool, created and closed here. The service
 * with {@code clinicflow.keys.owner=true} (booking-service) migrates the key store and makes and destroys keys; the
 * others only find keys, on read-only connections (ADR 0043).
 */
@AutoConfiguration
@ConditionalOnProperty("clinicflow.keys.datasource.url")
public class PrivacyAutoConfiguration {

    @Bean
    PersonalDataSeal personalDataSeal(ClientKeyLookup keys) {
        return new PersonalDataSeal(keys);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "clinicflow.keys.owner", havingValue = "true")
    static class KeyStoreOwner {

        @Bean(destroyMethod = "close")
        ClientKeyStore clientKeys(@Value("${clinicflow.keys.datasource.url}") String url,
                                  @Value("${clinicflow.keys.datasource.username}") String username,
                                  @Value("${clinicflow.keys.datasource.password}") String password, Clock clock) {
            return ClientKeyStore.connect(url, username, password, clock);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "clinicflow.keys.owner", havingValue = "false", matchIfMissing = true)
    static class KeyStoreReader {

        @Bean(destroyMethod = "close")
        ReadOnlyClientKeys clientKeys(@Value("${clinicflow.keys.datasource.url}") String url,
                                      @Value("${clinicflow.keys.datasource.username}") String username,
                                      @Value("${clinicflow.keys.datasource.password}") String password) {
            return ReadOnlyClientKeys.connect(url, username, password);
        }
    }
}
