package vn.nscl.mail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nscl.shared.PersonalData;

/** Mails to the person: listed in the export; on erasure, unsent ones are dropped and sent ones keep no text. */
@Component
class MailPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    MailPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "mails";
    }

    @Override
    public Object export(Person person) {
        return jdbc.sql("select created_at, subject, status, sent_at from mail_outbox where recipient = :to "
                + "order by created_at, id").param("to", person.email()).query().listOfRows();
    }

    @Override
    public void erase(Person person) {
        jdbc.sql("delete from mail_outbox where recipient = :to and status <> 'SENT'").param("to", person.email())
                .update();
        jdbc.sql("update mail_outbox set recipient = :pseudonym, subject = '-', body = '-' where recipient = :to")
                .param("to", person.email()).param("pseudonym", person.pseudonym()).update();
    }
}
