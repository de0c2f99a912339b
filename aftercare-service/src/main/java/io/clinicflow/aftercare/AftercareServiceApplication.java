package io.clinicflow.aftercare;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** aftercare-service: aftercare plans of completed sessions, their scheduled messages and healing milestones. */
@SpringBootApplication
public class AftercareServiceApplication {

    /** The service with its own config name, so it can share a JVM with the other services (local stack, e2e). */
    public static SpringApplicationBuilder app() {
        return new SpringApplicationBuilder(AftercareServiceApplication.class)
                .properties("spring.config.name=aftercare-service");
    }

    public static void main(String[] args) {
        app().run(args);
    }
}
