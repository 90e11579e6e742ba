package vn.nscl.enterprise;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nscl.shared.PersonalData;

/**
 * The enterprise an account manages: its registration, contacts, profile, figures, OCOP products and certificates
 * are exported. On erasure the people go and the business stays (its figures still count, anonymously): the contact
 * person, e-mail and phone are removed; a household business, whose code is its owner's citizen ID (CCCD) and whose
 * name is often the owner's, loses both. Open claims by the account are dropped.
 */
@Component
class EnterprisePersonalData implements PersonalData {

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
        if (enterprise.isEmpty() && claims.isEmpty()) {
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
        return section;
    }

    @Override
    public void erase(Person person) {
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
