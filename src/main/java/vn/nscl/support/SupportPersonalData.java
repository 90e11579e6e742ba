package vn.nscl.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.shared.PersonalData;

/**
 * Support applications of the account's enterprise, and the timeline steps the account took on applications (an
 * officer's on anybody's), are exported. They stay on erasure: a decision on public funds must be kept as a record,
 * and it names the enterprise, whose contacts the enterprise module erases; the person's name on the steps they took
 * is replaced by the pseudonym.
 */
@Component
class SupportPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final EnterpriseService enterprises;

    SupportPersonalData(JdbcClient jdbc, EnterpriseService enterprises) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
    }

    @Override
    public String section() {
        return "supportApplications";
    }

    @Override
    public Object export(Person person) {
        long enterprise = enterprises.idOfAccount(person.accountId()).orElse(-1L);
        List<Map<String, Object>> applications = jdbc.sql("select id, programme_code, title, status, requested_total, "
                + "created_at, submitted_at, decided_at from support_application where enterprise_id = :id order by id")
                .param("id", enterprise).query().listOfRows();
        List<Map<String, Object>> steps = jdbc.sql("select application_id, at, kind, note from application_event "
                + "where actor_account_id = :account order by at, id").param("account", person.accountId()).query()
                .listOfRows();
        if (applications.isEmpty() && steps.isEmpty()) {
            return null;
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("applications", applications);
        section.put("timelineSteps", steps);
        return section;
    }

    @Override
    public void erase(Person person) {
        // The applications stay as the record of a decision on public funds (see the class comment). The person's
        // steps on any application's timeline are found by account. Old steps V29 could not tie to an account are
        // matched by name or e-mail, and only on the person's enterprise's applications, so a namesake officer
        // keeps their name.
        jdbc.sql("""
                update application_event set actor = :pseudonym where actor_account_id = :account
                  or (actor_account_id is null and actor in (:email, :name) and application_id in
                  (select id from support_application where enterprise_id = :enterprise))""")
                .param("pseudonym", person.pseudonym()).param("email", person.email())
                .param("name", person.shownName()).param("account", person.accountId())
                .param("enterprise", enterprises.idOfAccount(person.accountId()).orElse(-1L)).update();
    }
}
