package vn.nscl.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ClientRateLimitTest {

    @Test
    void each_client_gets_its_own_allowance_and_is_refused_beyond_it() {
        ClientRateLimit limit = new ClientRateLimit("test", 5, Duration.ofHours(1));
        for (int i = 0; i < 5; i++) {
            assertThat(limit.allow("203.0.113.7")).as("request %d", i + 1).isTrue();
        }
        assertThat(limit.allow("203.0.113.7")).isFalse();
        assertThat(limit.allow("203.0.113.8")).as("another client").isTrue();
    }

    @Test
    void an_ipv6_client_is_counted_by_its_network() {
        assertThat(ClientRateLimit.addressKey("2001:db8:1:2::1")).isEqualTo(ClientRateLimit.addressKey(
                "2001:db8:1:2:ffff::9"));
        assertThat(ClientRateLimit.addressKey("2001:db8:1:2::1")).isNotEqualTo(ClientRateLimit.addressKey(
                "2001:db8:1:3::1"));
        assertThat(ClientRateLimit.addressKey("203.0.113.7")).isEqualTo("203.0.113.7");
    }
}
