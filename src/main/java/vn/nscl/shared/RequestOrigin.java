package vn.nscl.shared;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The network address of the request being served. Behind a reverse proxy, name the proxies in
 * {@code nscl.security.trusted-proxies}: only their {@code X-Forwarded-For} is believed, so this is the client's
 * address and nobody else can choose what it says.
 */
public final class RequestOrigin {

    private RequestOrigin() {
    }

    /** The address of the client of the request being served, or null outside a request. */
    public static String currentAddress() {
        VaadinRequest vaadinRequest = VaadinRequest.getCurrent();
        if (vaadinRequest != null) {
            return vaadinRequest.getRemoteAddr();
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return null;
    }
}
