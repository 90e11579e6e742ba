package vn.nscl.rulebase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nscl.shared.PersonalData;

/**
 * Rule versions an officer wrote and activations they made name them by e-mail (and the activations by name as the
 * rules screen shows it). They are listed in the export; on erasure the versions and activations stay, as the record
 * of which rules were in force and why, under the pseudonym.
 */
@Component
class RulebasePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    RulebasePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "rules";
    }

    @Override
    public Object export(Person person) {
        List<Map<String, Object>> written = jdbc.sql("select v.kind, v.number, v.status, v.note, v.created_at "
                + "from rule_set_version v where v.created_by = :email or exists (select 1 from rule_set_version_author a "
                + "where a.rule_set_version_id = v.id and a.actor = :email) order by v.kind, v.number")
                .param("email", person.email()).query().listOfRows();
        List<Map<String, Object>> activated = jdbc.sql("select a.kind, v.number, a.activated_at, a.note "
                + "from rule_activation a join rule_set_version v on v.id = a.rule_set_version_id "
                + "where a.activated_by = :email order by a.activated_at, a.id").param("email", person.email())
                .query().listOfRows();
        if (written.isEmpty() && activated.isEmpty()) {
            return null;
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("versionsWritten", written);
        section.put("activations", activated);
        return section;
    }

    @Override
    public void erase(Person person) {
        String email = person.email();
        String pseudonym = person.pseudonym();
        jdbc.sql("update rule_set_version set created_by = :pseudonym where created_by = :email")
                .param("pseudonym", pseudonym).param("email", email).update();
        jdbc.sql("update rule_set_version_author set actor = :pseudonym where actor = :email")
                .param("pseudonym", pseudonym).param("email", email).update();
        jdbc.sql("update rule_activation set activated_by = :pseudonym, activated_by_name = :pseudonym "
                + "where activated_by = :email").param("pseudonym", pseudonym).param("email", email).update();
        jdbc.sql("update active_rule_set set activated_by = :pseudonym where activated_by = :email")
                .param("pseudonym", pseudonym).param("email", email).update();
    }
}
