package vn.nscl.testsupport;

import java.time.Instant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;

/**
 * Test-only beans, picked up by component scanning in the {@code test} profile: a clock tests can move, and a
 * migration strategy that empties the database first so each Spring context starts clean (on PostgreSQL too).
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class TestInfrastructure {

    /**
     * Set to now in the province's time zone, as the application's own clock is: screens that default a date to
     * "today in Vietnam" and services that check it against the clock then agree at any hour (between 17:00 and
     * 24:00 UTC the two calendars differ by a day).
     */
    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.now(), vn.nscl.shared.ui.Formats.VIETNAM);
    }

    /**
     * Vaadin installs one security-context strategy per Spring context into the static SecurityContextHolder, so with
     * several cached test contexts the last one started would win. Sharing one instance keeps them consistent.
     */
    @Bean
    SecurityContextHolderStrategy sharedSecurityContextHolderStrategy() {
        return SHARED_STRATEGY;
    }

    private static final SecurityContextHolderStrategy SHARED_STRATEGY = new VaadinAwareSecurityContextHolderStrategy();

    /** A real SMTP server inside the test JVM, on a free port: mails are really sent and can be read back. */
    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @Bean
    @Primary
    JavaMailSenderImpl testMailSender(GreenMail greenMail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    /** Off where several contexts start on one database at once on purpose (TwoInstancesStartTest). */
    @Bean
    @ConditionalOnProperty(name = "nscl.test.clean-database", havingValue = "true", matchIfMissing = true)
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
