package vn.nscl.shell;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The HTTP status of a page's first load. Vaadin answers every address with its page (200) and shows the error view
 * once the page runs; this filter gives an address that is no page, or a page the reader's role may not open, the
 * status 404 (the page then shows the same "không tìm thấy hoặc không có quyền"), so neither the status nor the text
 * tells a missing page from a forbidden one.
 */
@Configuration
class PageStatus {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pageStatusFilter(AccessAnnotationChecker access) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected boolean shouldNotFilter(HttpServletRequest request) {
                        String path = request.getServletPath();
                        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null
                                || path.contains(".") || path.startsWith("/VAADIN") || path.startsWith("/api/")
                                || path.startsWith("/v3/") || path.startsWith("/actuator");
                    }

                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        if (notAPageForThisReader(request, access)) {
                            response.setStatus(NotAvailable.STATUS);
                            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                                @Override
                                public void setStatus(int status) {
                                    // Vaadin's page would say 200: the status stays what this page is.
                                }
                            });
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        // After Spring Security: the reader is known, and anonymous visitors were already sent to the login page.
        registration.setOrder(0);
        registration.addUrlPatterns("/*");
        registration.setName("pageStatus");
        return registration;
    }

    private static boolean notAPageForThisReader(HttpServletRequest request, AccessAnnotationChecker access) {
        String path = request.getServletPath();
        String route = path.startsWith("/") ? path.substring(1) : path;
        NavigationRouteTarget target = ApplicationRouteRegistry.getInstance(new VaadinServletContext(
                request.getServletContext())).getNavigationRouteTarget(route);
        return target == null || !target.hasTarget()
                || !access.hasAccess(target.getRouteTarget().getTarget(), request);
    }
}
