package vn.nscl.enterprise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nscl.shared.PersonalData;

/**
 * The enterprise an account manages: its registration, contacts, profile, figures, OCOP products and certificates
 * are exported. On erasure the people go and the business stays (its figures still count, anonymously): the contact
 * person, e-mail and phone are removed; a household business, whose code is its owner's citizen ID (CCCD) and whose
 * name is often the owner's, loses both. Open claims by the account are dropped. DOST's internal notes: an officer's
 * own notes are exported and, on erasure, signed by the pseudonym; notes on an erased owner's enterprise keep their
 * text with the owner's name, the contact person's and the e-mail replaced by the pseudonym.
 */
@Component
class EnterprisePersonalData implements PersonalData {

    /**
     * The person's notes: by their account; by name only for old notes whose author could not be told by account
     * because two accounts shared the name (V28). Signing a namesake's old note with the pseudonym is the lesser harm
     * than keeping an erased officer's name.
     */
    private static final String WRITTEN_BY_PERSON =
            "(written_by_account_id = :account or (written_by_account_id is null and written_by = :by))";

    private final JdbcClient jdbc;

    EnterprisePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "enterprise";
    }

    @Override
    public Object export(Person person) {
        var enterprise = jdbc.sql("select * from enterprise where account_id = :account")
                .param("account", person.accountId()).query().listOfRows();
        var claims = jdbc.sql("select * from enterprise_claim where claimant_account_id = :account")
                .param("account", person.accountId()).query().listOfRows();
        var notesWritten = jdbc.sql("select enterprise_id, written_at, body from enterprise_note where "
                + WRITTEN_BY_PERSON + " order by written_at, id").param("account", person.accountId())
                .param("by", person.shownName()).query().listOfRows();
        if (enterprise.isEmpty() && claims.isEmpty() && notesWritten.isEmpty()) {
            return null;
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("registration", enterprise);
        if (!enterprise.isEmpty()) {
            Object id = enterprise.getFirst().get("id");
            for (String table : new String[] {"enterprise_year_figures", "enterprise_ocop_product",
                "enterprise_certification"}) {
                section.put(table, jdbc.sql("select * from " + table + " where enterprise_id = :id").param("id", id)
                        .query().listOfRows());
            }
        }
        section.put("claims", claims);
        section.put("notesWritten", notesWritten);
        return section;
    }

    @Override
    public void erase(Person person) {
        jdbc.sql("update enterprise_note set written_by = :pseudonym where " + WRITTEN_BY_PERSON)
                .param("pseudonym", person.pseudonym()).param("account", person.accountId())
                .param("by", person.shownName()).update();
        List<String> names = new ArrayList<>(jdbc.sql("select contact_person from enterprise where account_id = :account")
                .param("account", person.accountId()).query(String.class).list());
        names.add(person.displayName());
        names.add(person.email());
        for (String named : names) {
            if (named != null && named.length() >= 3) {
                jdbc.sql("update enterprise_note set body = replace(body, :named, :pseudonym) where enterprise_id in "
                        + "(select id from enterprise where account_id = :account) and body like :pattern")
                        .param("named", named).param("pseudonym", person.pseudonym())
                        .param("account", person.accountId()).param("pattern", "%" + named + "%").update();
            }
        }
        jdbc.sql("""
                update enterprise set contact_person = :pseudonym, email = :email, phone = '',
                  name = case when enterprise_type = 'HOUSEHOLD' then 'Hộ kinh doanh #' || id else name end,
                  search_name = case when enterprise_type = 'HOUSEHOLD' then 'ho kinh doanh #' || id
                                else search_name end,
                  enterprise_code = case when enterprise_type = 'HOUSEHOLD' then 'X' || id else enterprise_code end
                where account_id = :account""").param("pseudonym", person.pseudonym())
                .param("email", person.pseudonym() + "@invalid").param("account", person.accountId()).update();
        jdbc.sql("delete from enterprise_claim where claimant_account_id = :account and status = 'OPEN'")
                .param("account", person.accountId()).update();
        jdbc.sql("""
                update enterprise_claim set contact_person = :pseudonym, email = :email, phone = '',
                  claimed_name = :pseudonym where claimant_account_id = :account""")
                .param("pseudonym", person.pseudonym()).param("email", person.pseudonym() + "@invalid")
                .param("account", person.accountId()).update();
    }
}
