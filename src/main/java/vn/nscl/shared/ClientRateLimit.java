package vn.nscl.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

/**
 * A limit per client (an address, an account, an address and account together): at most {@code limit} requests per
 * {@code period}, refused beyond, with a bounded memory of clients (the one seen longest ago is forgotten first).
 * Counts are kept per application instance.
 */
public final class ClientRateLimit {

    private static final int MAX_CLIENTS = 20_000;

    private final String name;
    private final RateLimiterConfig config;
    private final Map<String, RateLimiter> clients = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
                    return size() > MAX_CLIENTS;
                }
            });

    public ClientRateLimit(String name, int limit, Duration period) {
        this.name = name;
        this.config = RateLimiterConfig.custom().limitForPeriod(limit).limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO).build();
    }

    /** Counts one request of the client; false when it is over the limit. */
    public boolean allow(String client) {
        return clients.computeIfAbsent(client, key -> RateLimiter.of(name + "-" + key, config)).acquirePermission();
    }

    /** The client's address as counted: an IPv6 address by its /64 network, which one subscriber usually holds. */
    public static String addressKey(String address) {
        if (address == null || !address.contains(":")) {
            return String.valueOf(address);
        }
        try {
            // a literal address: parsed, never looked up
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
