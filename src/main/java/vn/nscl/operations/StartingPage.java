package vn.nscl.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Until the instance is ready (migrations, shipped rules, reference and demo data in place), and again while it shuts
 * down, every request but the actuator's gets a plain "đang khởi động" page with status 503 and Retry-After: a person
 * waits a few seconds instead of having a correct password refused, and a proxy sends them to another instance.
 */
@Configuration(proxyBeanMethods = false)
class StartingPage {

    static final int RETRY_AFTER_SECONDS = 5;

    private static final byte[] PAGE = """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="UTF-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="%d">
            <title>NSCL Connect đang khởi động</title>
            </head>
            <body>
            <h1>NSCL Connect đang khởi động</h1>
            <p>Hệ thống đang chuẩn bị và sẽ sẵn sàng sau ít giây. Trang này tự tải lại; bạn không cần làm gì.</p>
            <p lang="en">NSCL Connect is starting. This page reloads by itself in a few seconds.</p>
            </body>
            </html>
            """.formatted(RETRY_AFTER_SECONDS).getBytes(StandardCharsets.UTF_8);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> startingPageFilter(ApplicationAvailability availability) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected boolean shouldNotFilter(HttpServletRequest request) {
                        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
                    }

                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
                            chain.doFilter(request, response);
                            return;
                        }
                        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
                        response.setHeader("Cache-Control", "no-store");
                        response.setContentType("text/html;charset=UTF-8");
                        response.setContentLength(PAGE.length);
                        response.getOutputStream().write(PAGE);
                    }
                });
        // Right after the security headers (which come first of all), before Spring Security and Vaadin.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
