package vn.nscl.opendata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Each client (by address) may make a set number of open data requests a minute; beyond that it gets 429 with a
 * Retry-After. The limit is per application instance (each instance of a cluster counts on its own).
 */
@Configuration
class OpenDataRateLimit {

    /** At most this many clients are tracked; the one seen longest ago is forgotten first. */
    private static final int MAX_CLIENTS = 10_000;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> openDataRateLimitFilter(
            @Value("${nscl.opendata.requests-per-minute:120}") int perMinute, OpenDataMessages messages) {
        RateLimiterConfig config = RateLimiterConfig.custom().limitForPeriod(perMinute)
                .limitRefreshPeriod(Duration.ofMinutes(1)).timeoutDuration(Duration.ZERO).build();
        Map<String, RateLimiter> clients = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
                return size() > MAX_CLIENTS;
            }
        });
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        RateLimiter limiter = clients.computeIfAbsent(client(request.getRemoteAddr()),
                                address -> RateLimiter.of("open-data-" + address, config));
                        if (!limiter.acquirePermission()) {
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

    /** The client's address; an IPv6 address by its /64 network, which one subscriber usually holds whole. */
    static String client(String address) {
        if (address == null || !address.contains(":")) {
            return String.valueOf(address);
        }
        try {
            // a literal address: parsed, never looked up
            byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (java.net.UnknownHostException notAnAddress) {
            return address;
        }
    }
}
