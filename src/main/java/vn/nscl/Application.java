package vn.nscl;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.event.EventListener;

/**
 * NSCL Connect: productivity and quality (năng suất chất lượng) self-assessment, explained recommendations,
 * expert matching and support programmes for the enterprises of a Vietnamese province.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    private static final Logger log = LoggerFactory.getLogger(Application.class);

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** After start-up work (migrations, demo data) is done: the moment users can sign in. */
    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        log.info("NSCL Connect is ready");
    }
}
