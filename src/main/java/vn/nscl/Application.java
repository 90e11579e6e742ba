package vn.nscl;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * NSCL Connect: productivity and quality (năng suất chất lượng) self-assessment, explained recommendations,
 * expert matching and support programmes for the enterprises of a Vietnamese province.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
