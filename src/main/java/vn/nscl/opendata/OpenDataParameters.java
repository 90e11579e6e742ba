package vn.nscl.opendata;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nscl.shared.UserFacingException;

/**
 * A parameter an endpoint does not know is refused with 400, as a bad value is: a misspelt {@code yaer=2024} must
 * not quietly return every year. The known names are the endpoint's own {@link RequestParam}s, and {@code _}, the
 * cache-busting parameter that browsers' data libraries (jQuery, DataTables) add to every call, which is ignored.
 */
@Configuration
class OpenDataParameters implements WebMvcConfigurer, HandlerInterceptor {

    /** Accepted on every endpoint and ignored. */
    static final String CACHE_BUSTER = "_";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(OpenDataController.BASE + "/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            Set<String> known = Arrays.stream(method.getMethodParameters()).map(OpenDataParameters::name)
                    .collect(Collectors.toSet());
            request.getParameterMap().keySet().stream()
                    .filter(name -> !known.contains(name) && !CACHE_BUSTER.equals(name)).sorted().findFirst()
                    .ifPresent(unknown -> {
                        throw new UserFacingException("opendata.error.unknown-parameter", unknown,
                                known.stream().filter(name -> !name.isEmpty()).sorted()
                                        .collect(Collectors.joining(", ")));
                    });
        }
        return true;
    }

    private static String name(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param == null) {
            return "";
        }
        if (!param.name().isEmpty()) {
            return param.name();
        }
        String name = parameter.getParameterName();
        return name == null ? "" : name;
    }
}
