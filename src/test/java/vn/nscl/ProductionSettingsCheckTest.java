package vn.nscl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.mock.env.MockEnvironment;

import vn.nscl.ProductionSettingsCheck.MissingProductionSettingsException;

class ProductionSettingsCheckTest {

    private static ApplicationEnvironmentPreparedEvent eventFor(MockEnvironment environment) {
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
                new String[0], environment);
    }

    @Test
    void the_prod_profile_without_settings_refuses_to_start_naming_every_missing_variable() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        environment.setProperty("spring.datasource.url", "jdbc:postgresql://db/nscl");

        assertThatThrownBy(() -> new ProductionSettingsCheck().onApplicationEvent(eventFor(environment)))
                .isInstanceOf(MissingProductionSettingsException.class)
                .satisfies(e -> assertThat(((MissingProductionSettingsException) e).variables()).containsExactly(
                        "NSCL_ADMIN_EMAIL", "NSCL_ADMIN_PASSWORD", "NSCL_DB_PASSWORD", "NSCL_DB_USERNAME",
                        "NSCL_PUBLIC_URL"));
    }

    @Test
    void the_prod_profile_with_all_settings_and_the_default_profile_start() {
        MockEnvironment complete = new MockEnvironment();
        complete.setActiveProfiles("prod");
        ProductionSettingsCheck.REQUIRED.keySet().forEach(key -> complete.setProperty(key, "value"));
        new ProductionSettingsCheck().onApplicationEvent(eventFor(complete));

        new ProductionSettingsCheck().onApplicationEvent(eventFor(new MockEnvironment()));
    }

    @Test
    void the_failure_is_explained_with_what_to_do() {
        var analysis = new MissingProductionSettingsFailureAnalyzer().analyze(
                new MissingProductionSettingsException(java.util.List.of("NSCL_DB_URL")));
        assertThat(analysis.getDescription()).contains("NSCL_DB_URL");
        assertThat(analysis.getAction()).contains("README");
    }

    @Test
    void starting_the_application_with_the_prod_profile_and_no_environment_fails_before_touching_a_database() {
        SpringApplication application = new SpringApplication(Application.class);
        application.setAdditionalProfiles("prod");
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> application.run("--spring.profiles.active=prod"));
        assertThat(org.springframework.core.NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(MissingProductionSettingsException.class);
    }
}
