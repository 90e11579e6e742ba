package vn.nscl.audit;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nscl.shared.PersonalData;

/**
 * The audit log's part: every entry by the person or about their account is exported; on erasure the entries stay
 * (they are the record of what happened) but name the pseudonym instead of the person, lose the network address,
 * and any mention of the e-mail or name in their details is replaced.
 */
@Component
class AuditPersonalData implements PersonalData {

    /** The search text as {@link AuditEvent} writes it, computed again from the columns. */
    private static final String SEARCH_TEXT = "search_text = lower(concat_ws(' ', actor_email, target_type, "
            + "target_id, details))";

    private final JdbcClient jdbc;

    AuditPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "auditLog";
    }

    @Override
    public Object export(Person person) {
        List<Map<String, Object>> entries = jdbc.sql("""
                select occurred_at, action, target_type, target_id, details, ip_address from audit_event
                where actor_id = :id or (target_type = 'account' and target_id = :target)
                order by occurred_at, id""").param("id", person.accountId())
                .param("target", String.valueOf(person.accountId())).query().listOfRows();
        return entries;
    }

    @Override
    public void erase(Person person) {
        // Each update also writes the search text again, so the erased name cannot be found through it either.
        jdbc.sql("update audit_event set actor_email = :pseudonym, ip_address = null, " + SEARCH_TEXT
                + " where actor_id = :id").param("pseudonym", person.pseudonym()).param("id", person.accountId())
                .update();
        for (String mention : List.of(person.email(), person.displayName())) {
            if (mention != null && mention.length() >= 3) {
                jdbc.sql("update audit_event set details = replace(details, :mention, :pseudonym) "
                        + "where details like :pattern").param("mention", mention)
                        .param("pseudonym", person.pseudonym()).param("pattern", "%" + mention + "%").update();
                jdbc.sql("update audit_event set actor_email = :pseudonym where actor_email = :mention")
                        .param("mention", mention).param("pseudonym", person.pseudonym()).update();
                jdbc.sql("update audit_event set " + SEARCH_TEXT + " where search_text like :pattern")
                        .param("pattern", "%" + mention.toLowerCase(java.util.Locale.ROOT) + "%").update();
            }
        }
    }

}
