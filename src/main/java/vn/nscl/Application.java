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

    /**
     * After start-up work (migrations, demo data) is done: the moment users can sign in. With
     * {@code nscl.exit-when-ready=true} the application stops right here: the training run that records the JDK's
     * ahead-of-time cache goes through a whole start, demo data included (deploy/aot-cache.sh), and ends.
     */
    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        log.info("NSCL Connect is ready");
        if (event.getApplicationContext().getEnvironment().getProperty("nscl.exit-when-ready", Boolean.class, false)) {
            log.info("Exiting after start (nscl.exit-when-ready)");
            System.exit(SpringApplication.exit(event.getApplicationContext()));
        }
    }
}
