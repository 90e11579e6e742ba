package vn.nscl.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import vn.nscl.audit.AuditLog;
import vn.nscl.security.ui.LoginView;

/**
 * Spring Security for the Vaadin views: the login form with throttling and our failure handling, CSRF protection of
 * the login form itself (Vaadin's own requests carry Vaadin's token), public static resources, and the check on each
 * request that ends sessions of disabled accounts. Views and service methods declare their roles.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginAttempts loginAttempts, LoginThrottle throttle,
            UserAccountRepository accounts, AuditLog audit, RequestUtil requestUtil, SecurityProperties properties,
            @Value("${server.servlet.session.timeout:30m}") Duration idle, Clock clock) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/fonts/**", "/webjars/**", "/scripts/**").permitAll()
                // The open data API and its OpenAPI description are public and read-only.
                .requestMatchers(HttpMethod.GET, "/api/open/**", "/v3/api-docs", "/v3/api-docs/**").permitAll());
        // Vaadin exempts the login form from CSRF protection; we do not: a cross-site page must not be able to sign
        // a visitor in to an account of the attacker's. The form sends the token from the page's meta tags.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                // An address that is no page reaches Vaadin, which answers it like a page the reader may not see.
                .anyRequest(any -> any.authenticated())
                .defaultSuccessUrl("/home")
                .addLogoutHandler(new LogoutAuditHandler(audit)));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.cors(cors -> cors.configurationSource(openDataCors()));
        // After Vaadin's configurer, so that its login view is known when the form login initialises; otherwise
        // Spring Security would also generate its own default login page.
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler(loginAttempts, throttle)));
        http.addFilterBefore(new LoginThrottleFilter(throttle, loginAttempts),
                UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new AccountStatusFilter(accounts, audit), SecurityContextHolderFilter.class);
        http.addFilterAfter(new SessionLimits(idle, properties.sessionLifetime(), properties.newSessionsPerAddress(),
                clock), AccountStatusFilter.class);
        http.addFilterAfter(new UidlLimits(), SessionLimits.class);
        // These are written for every response by SecurityHeaders, before Spring Security runs; only the
        // cache-control headers for signed-in pages stay with Spring Security.
        http.headers(headers -> headers.contentTypeOptions(options -> options.disable())
                .frameOptions(options -> options.disable()).httpStrictTransportSecurity(hsts -> hsts.disable()));
        return http.build();
    }

    /**
     * Any web site may read the open data from a visitor's browser (GET only, no cookies sent or accepted); nothing
     * else of the platform is open to other sites.
     */
    private static CorsConfigurationSource openDataCors() {
        CorsConfiguration readOnly = new CorsConfiguration();
        readOnly.addAllowedOrigin("*");
        readOnly.setAllowedMethods(List.of("GET", "HEAD"));
        readOnly.setAllowCredentials(false);
        readOnly.setExposedHeaders(List.of("Content-Disposition", "Retry-After"));
        readOnly.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/open/**", readOnly);
        source.registerCorsConfiguration("/v3/api-docs", readOnly);
        source.registerCorsConfiguration("/v3/api-docs/**", readOnly);
        return source;
    }

    /**
     * Checks a login: a locked account is refused before its password is compared (a lock must stop guessing);
     * disabled accounts and unconfirmed addresses only after the password proved who is asking.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("Account locked");
            }
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account disabled");
            }
            if (user instanceof SignedInAccount account && !account.isEmailConfirmed()) {
                throw new EmailNotConfirmedException();
            }
        });
        return provider;
    }

    /** A successful login clears the address's count of failures for that e-mail. */
    @Bean
    ApplicationListener<AuthenticationSuccessEvent> loginThrottleReset(LoginThrottle throttle) {
        return event -> {
            if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                    && event.getAuthentication().getPrincipal() instanceof SignedInAccount account) {
                throttle.succeeded(account.email(), details.getRemoteAddress());
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties properties) {
        return new PrehashingBCryptPasswordEncoder(properties.bcryptStrength());
    }
}
