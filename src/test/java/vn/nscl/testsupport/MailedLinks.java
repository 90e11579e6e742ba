package vn.nscl.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/** The links the platform mails (confirm, reset, invitation, change of address), as the recipient finds them. */
public final class MailedLinks {

    private MailedLinks() {
    }

    /** The secret of the newest link to that route mailed to the address. */
    public static String secret(JdbcTemplate jdbc, String email, String route) {
        String body = jdbc.queryForObject("select body from mail_outbox where recipient = ? order by id desc "
                + "fetch first 1 rows only", String.class, email);
        Matcher link = Pattern.compile(Pattern.quote(route) + "\\?t=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return link.group(1);
    }
}
