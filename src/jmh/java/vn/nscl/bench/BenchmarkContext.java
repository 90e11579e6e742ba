package vn.nscl.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.nscl.Application;

/** The whole application, started once per benchmark trial in the test profile (in-memory H2, demo data). */
final class BenchmarkContext {

    private BenchmarkContext() {
    }

    static ConfigurableApplicationContext start(String... more) {
        String[] arguments = java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0",
                "--logging.level.root=warn", "--nscl.security.bcrypt-strength=4"), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class)
                .profiles("test")
                // arguments, not default properties: those lose to application.properties (and a running app's port)
                .run(arguments);
    }
}
