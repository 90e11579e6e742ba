package vn.nscl.mail;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The mail server mails go to, or none (then they are held in the outbox). Spring Boot makes a sender only when
 * {@code spring.mail.host} is set, and it decides that when the context is built; an instance started in Spring's
 * AOT mode (deploy/) had its context built with the jar, where no host is known. So without Boot's sender the server
 * is made here from the same {@code spring.mail.*} settings, read when the application starts.
 */
@Component
class MailServer {

    private final ObjectProvider<JavaMailSender> configured;
    private final Optional<JavaMailSender> fromSettings;

    MailServer(ObjectProvider<JavaMailSender> configured, Environment environment) {
        this.configured = configured;
        MailProperties settings = Binder.get(environment).bindOrCreate("spring.mail", MailProperties.class);
        this.fromSettings = StringUtils.hasText(settings.getHost()) ? Optional.of(sender(settings)) : Optional.empty();
    }

    /** Spring Boot's (or a test's) sender if there is one, else the one made from the settings, else none. */
    Optional<JavaMailSender> sender() {
        JavaMailSender bean = configured.getIfAvailable();
        return bean != null ? Optional.of(bean) : fromSettings;
    }

    private static JavaMailSender sender(MailProperties settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.getHost());
        if (settings.getPort() != null) {
            sender.setPort(settings.getPort());
        }
        sender.setUsername(settings.getUsername());
        sender.setPassword(settings.getPassword());
        sender.setProtocol(settings.getProtocol());
        if (settings.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(settings.getDefaultEncoding().name());
        }
        sender.getJavaMailProperties().putAll(settings.getProperties());
        if (settings.getSsl().isEnabled()) {
            sender.getJavaMailProperties().setProperty("mail." + sender.getProtocol() + ".ssl.enable", "true");
        }
        return sender;
    }
}
