package vn.nscl.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

/**
 * The mail server is decided when the application starts, also when its context was built ahead of time (Spring AOT,
 * as deploy/ runs it) without Spring Boot's sender: from the spring.mail settings of the start.
 */
class MailServerTest {

    private final StaticListableBeanFactory beans = new StaticListableBeanFactory();

    @Test
    void without_a_host_there_is_no_server_and_mails_are_held() {
        MailServer server = new MailServer(beans.getBeanProvider(JavaMailSender.class), new MockEnvironment());

        assertThat(server.sender()).isEmpty();
    }

    @Test
    void without_spring_boots_sender_the_server_is_made_from_the_settings_of_the_start() {
        MockEnvironment settings = new MockEnvironment().withProperty("spring.mail.host", "smtp.quangtri.gov.vn")
                .withProperty("spring.mail.port", "587").withProperty("spring.mail.username", "nscl")
                .withProperty("spring.mail.password", "bí mật").withProperty("spring.mail.default-encoding", "UTF-8")
                .withProperty("spring.mail.properties.mail.smtp.starttls.enable", "true");

        JavaMailSenderImpl sender = (JavaMailSenderImpl) new MailServer(beans.getBeanProvider(JavaMailSender.class),
                settings).sender().orElseThrow();

        assertThat(sender.getHost()).isEqualTo("smtp.quangtri.gov.vn");
        assertThat(sender.getPort()).isEqualTo(587);
        assertThat(sender.getUsername()).isEqualTo("nscl");
        assertThat(sender.getPassword()).isEqualTo("bí mật");
        assertThat(sender.getDefaultEncoding()).isEqualTo("UTF-8");
        assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.enable", "true");
    }

    @Test
    void a_sender_bean_wins_over_the_settings() {
        JavaMailSenderImpl bean = new JavaMailSenderImpl();
        beans.addBean("mailSender", bean);
        MockEnvironment settings = new MockEnvironment().withProperty("spring.mail.host", "elsewhere.example");

        assertThat(new MailServer(beans.getBeanProvider(JavaMailSender.class), settings).sender()).containsSame(bean);
    }
}
