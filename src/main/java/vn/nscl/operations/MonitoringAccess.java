package vn.nscl.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may read the actuator: the liveness and readiness probes (and the overall health status, without details) are
 * public, for load balancers; everything else (details, info, metrics, Prometheus) only with the monitoring account's
 * HTTP basic credentials, given to this instance by NSCL_MONITORING_USERNAME and NSCL_MONITORING_PASSWORD. That
 * account is no user of the platform: it signs in nowhere else, and people's accounts do not open the actuator.
 * Without the settings nobody can read it.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringAccess {

    static final String ROLE = "MONITORING";

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, @Value("${nscl.monitoring.username:}") String username,
            @Value("${nscl.monitoring.password:}") String password) throws Exception {
        PasswordEncoder encoder = new SecretDigest();
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(monitoringAccount(username, password,
                encoder));
        provider.setPasswordEncoder(encoder);
        http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .anyRequest().hasRole(ROLE))
                // Statuses are set, not sent as errors: an error dispatch would reach the pages' chain and its
                // redirect to the login form, which means nothing to a monitoring system.
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, refused) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"NSCL Connect monitoring\"");
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                }))
                .exceptionHandling(errors -> errors.accessDeniedHandler(
                        (request, response, denied) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                .authenticationManager(new ProviderManager(provider))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /**
     * The monitoring secret is a long random value from the environment, not a person's password, and Prometheus
     * presents it every few seconds: a SHA-256 digest compared in constant time protects it, where BCrypt would cost a
     * tenth of a second of CPU per scrape.
     */
    private static final class SecretDigest implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(raw.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return raw != null && encoded != null && MessageDigest.isEqual(encode(raw).getBytes(StandardCharsets.UTF_8),
                    encoded.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static UserDetailsService monitoringAccount(String username, String password, PasswordEncoder encoder) {
        if (username.isBlank() || password.isBlank()) {
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(User.withUsername(username).password(encoder.encode(password))
                .roles(ROLE).build());
    }
}
