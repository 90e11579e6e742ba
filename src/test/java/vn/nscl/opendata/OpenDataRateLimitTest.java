package vn.nscl.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Clients are counted by address, IPv6 ones by their /64 network (a subscriber's whole block). */
class OpenDataRateLimitTest {

    @Test
    void ipv6_addresses_of_one_network_count_as_one_client() {
        assertThat(OpenDataRateLimit.client("2001:db8:1:2::1")).isEqualTo(OpenDataRateLimit.client("2001:db8:1:2:ffff::9"));
        assertThat(OpenDataRateLimit.client("2001:db8:1:2::1")).isNotEqualTo(OpenDataRateLimit.client("2001:db8:1:3::1"));
        assertThat(OpenDataRateLimit.client("203.0.113.7")).isEqualTo("203.0.113.7");
    }
}
