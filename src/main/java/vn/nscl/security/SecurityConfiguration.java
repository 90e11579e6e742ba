package vn.nscl.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import vn.nscl.audit.AuditLog;
import vn.nscl.security.ui.LoginView;

/**
 * Spring Security for the Vaadin views: the login form with our failure handling, public static resources, and the
 * check on each request that ends sessions of disabled accounts. Views and service methods declare their roles.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginAttempts loginAttempts,
            UserAccountRepository accounts, AuditLog audit) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/fonts/**", "/webjars/**").permitAll()
                // The open data API and its OpenAPI description are public and read-only.
                .requestMatchers(HttpMethod.GET, "/api/open/**", "/v3/api-docs", "/v3/api-docs/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .defaultSuccessUrl("/home")
                .addLogoutHandler(new LogoutAuditHandler(audit)));
        // After Vaadin's configurer, so that its login view is known when the form login initialises; otherwise
        // Spring Security would also generate its own default login page.
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler(loginAttempts)));
        http.addFilterAfter(new AccountStatusFilter(accounts, audit), SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties properties) {
        return new PrehashingBCryptPasswordEncoder(properties.bcryptStrength());
    }
}
