package vn.nscl.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so tests can move time instead of waiting for it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Dates shown to people and deadlines counted in days use the province's time zone. */
    static final ZoneId VIETNAM = vn.nscl.shared.ui.Formats.VIETNAM;

    /**
     * Ticks in microseconds: the databases store timestamps to the microsecond, so an instant read back equals the
     * instant written, and ordering by time gives the same answer in memory and in SQL.
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.system(VIETNAM), Duration.ofNanos(1000));
    }
}
