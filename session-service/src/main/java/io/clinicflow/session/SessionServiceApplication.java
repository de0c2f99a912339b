package io.clinicflow.session;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** session-service: health declarations, screening, treatment sessions. */
@SpringBootApplication
public class SessionServiceApplication {

    public static SpringApplicationBuilder app() {
        return new SpringApplicationBuilder(SessionServiceApplication.class).properties("spring.config.name=session-service");
    }

    public static void main(String[] args) {
        app().run(args);
    }
}
