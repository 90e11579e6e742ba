package vn.nscl.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nscl.shared.PersonalData;

/**
 * Notifications: the person's own are exported and then deleted; others' notifications that name the person (an
 * officer told that "expert X accepted") name the pseudonym instead.
 */
@Component
class NotificationPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    NotificationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object export(Person person) {
        return jdbc.sql("select created_at, message_key, args, link, read_at from notification "
                + "where account_id = :id order by created_at, id").param("id", person.accountId()).query()
                .listOfRows();
    }

    @Override
    public void erase(Person person) {
        jdbc.sql("delete from notification where account_id = :id").param("id", person.accountId()).update();
        if (person.displayName() != null && person.displayName().length() >= 3) {
            jdbc.sql("update notification set args = replace(args, :name, :pseudonym) where args like :pattern")
                    .param("name", person.displayName()).param("pseudonym", person.pseudonym())
                    .param("pattern", "%" + person.displayName() + "%").update();
        }
    }
}
