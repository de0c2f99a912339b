package io.clinicflow.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * The key store and the seal of personal event fields (ADR 0030), for services configured with
 * {@code clinicflow.keys.datasource.url}: the key store's own connection pool, created and closed here. Only the
 * service with {@code clinicflow.keys.owner=true} (booking, ADR 0042) migrates it; the others' roles may only read.
 */
@AutoConfiguration
@ConditionalOnProperty("clinicflow.keys.datasource.url")
public class PrivacyAutoConfiguration {

    @Bean(destroyMethod = "close")
    ClientKeyStore clientKeys(@Value("${clinicflow.keys.datasource.url}") String url,
                              @Value("${clinicflow.keys.datasource.username}") String username,
                              @Value("${clinicflow.keys.datasource.password}") String password,
                              @Value("${clinicflow.keys.owner:false}") boolean owner, Clock clock) {
        return owner ? ClientKeyStore.connect(url, username, password, clock)
                : ClientKeyStore.connectToRead(url, username, password, clock);
    }

    @Bean
    PersonalDataSeal personalDataSeal(ClientKeys keys) {
        return new PersonalDataSeal(keys);
    }
}
