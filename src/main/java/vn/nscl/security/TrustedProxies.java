package vn.nscl.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Whose {@code X-Forwarded-For} the platform believes: only that of the reverse proxies named in
 * {@code nscl.security.trusted-proxies} (their exact addresses). By default none is trusted, so nobody, not even a
 * machine on the province's network, can choose the address that rate limits and the audit log see. The
 * {@code Host} and {@code X-Forwarded-Host} headers are never used to build links (see {@code nscl.public-url}).
 */
@Configuration
class TrustedProxies {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> trustedProxiesOnly(
            @Value("${nscl.security.trusted-proxies:}") List<String> proxies) {
        List<String> addresses = proxies.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        addresses.forEach(TrustedProxies::requireAddress);
        return factory -> {
            if (addresses.isEmpty()) {
                return;
            }
            RemoteIpValve valve = new RemoteIpValve();
            valve.setInternalProxies(addresses.stream().map(Pattern::quote).collect(Collectors.joining("|", "^(", ")$")));
            valve.setTrustedProxies("");
            valve.setRemoteIpHeader("X-Forwarded-For");
            valve.setProtocolHeader("X-Forwarded-Proto");
            factory.addEngineValves(valve);
        };
    }

    /** A proxy is named by its literal address; a host name would be looked up and could change under us. */
    private static void requireAddress(String proxy) {
        boolean literal = proxy.matches("[0-9.]+") || proxy.contains(":");
        try {
            if (!literal) {
                throw new UnknownHostException(proxy);
            }
            InetAddress.getByName(proxy);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("nscl.security.trusted-proxies: '" + proxy
                    + "' is not an IP address; name each reverse proxy by its address", e);
        }
    }
}
