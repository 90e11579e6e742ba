package vn.nscl;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile without the settings it cannot guess: the database, the first
 * administrator and the platform's public address. Checked before anything connects, so the message names the missing environment variables instead of
 * a connection error further down. Registered in {@code META-INF/spring.factories}.
 */
public class ProductionSettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** Property read by the application, and the environment variable that sets it in production. */
    static final Map<String, String> REQUIRED = Map.of(
            "spring.datasource.url", "NSCL_DB_URL",
            "spring.datasource.username", "NSCL_DB_USERNAME",
            "spring.datasource.password", "NSCL_DB_PASSWORD",
            "nscl.admin.email", "NSCL_ADMIN_EMAIL",
            "nscl.admin.password", "NSCL_ADMIN_PASSWORD",
            // Links in mails and the open data description name the platform's address: never the request's Host.
            "nscl.public-url", "NSCL_PUBLIC_URL");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> missing = REQUIRED.entrySet().stream()
                .filter(entry -> isBlank(environment.getProperty(entry.getKey())))
                .map(Map.Entry::getValue).sorted().toList();
        if (!missing.isEmpty()) {
            throw new MissingProductionSettingsException(missing);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Thrown when the production profile lacks required environment variables. */
    public static class MissingProductionSettingsException extends IllegalStateException {

        private final List<String> variables;

        MissingProductionSettingsException(List<String> variables) {
            super("The prod profile needs these environment variables: " + String.join(", ", variables));
            this.variables = List.copyOf(variables);
        }

        public List<String> variables() {
            return variables;
        }
    }
}
