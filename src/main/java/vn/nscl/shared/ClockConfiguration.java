package vn.nscl.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so tests can move time instead of waiting for it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Dates shown to people and deadlines counted in days use the province's time zone. */
    static final ZoneId VIETNAM = vn.nscl.shared.ui.Formats.VIETNAM;

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
