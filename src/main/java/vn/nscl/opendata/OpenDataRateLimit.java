package vn.nscl.opendata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nscl.shared.ClientRateLimit;

/**
 * Each client (by address) may make a set number of open data requests a minute; beyond that it gets 429 with a
 * Retry-After. The limit is per application instance (each instance of a cluster counts on its own).
 */
@Configuration
class OpenDataRateLimit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> openDataRateLimitFilter(
            @Value("${nscl.opendata.requests-per-minute:120}") int perMinute, OpenDataMessages messages) {
        ClientRateLimit clients = new ClientRateLimit("open-data", perMinute, Duration.ofMinutes(1));
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        if (!clients.allow(ClientRateLimit.addressKey(request.getRemoteAddr()))) {
                            response.setStatus(429);
                            response.setHeader("Retry-After", "60");
                            response.setContentType("application/json");
                            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                            response.getWriter().write(messages.json("opendata.error.too-many"));
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.addUrlPatterns(OpenDataController.BASE + "/*");
        registration.setName("openDataRateLimit");
        return registration;
    }
}
