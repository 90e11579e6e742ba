package vn.nscl.matching;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.expert.ExpertDirectory;
import vn.nscl.shared.PersonalData;

/**
 * Expert requests: those the account's enterprise made and those offered to or carried out by the account as an
 * expert are exported. They stay on erasure: the expert is pseudonymised in the expert module, and a request is the
 * enterprise's business record.
 */
@Component
class MatchingPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final EnterpriseService enterprises;
    private final ExpertDirectory experts;

    MatchingPersonalData(JdbcClient jdbc, EnterpriseService enterprises, ExpertDirectory experts) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.experts = experts;
    }

    @Override
    public String section() {
        return "expertRequests";
    }

    @Override
    public Object export(Person person) {
        long enterprise = enterprises.idOfAccount(person.accountId()).orElse(-1L);
        long expert = experts.expertIdOf(person.accountId()).orElse(-1L);
        if (enterprise < 0 && expert < 0) {
            return null;
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("asEnterprise", jdbc.sql("select id, item_code, need, mode, status, created_at, accepted_at, "
                + "completed_at, rating, rating_comment from support_request where enterprise_id = :id order by id")
                .param("id", enterprise).query().listOfRows());
        section.put("asExpert", jdbc.sql("select id, item_code, status, created_at, accepted_at, completed_at, rating "
                + "from support_request where expert_id = :id order by id").param("id", expert).query().listOfRows());
        return section;
    }

    @Override
    public void erase(Person person) {
        // Business records: the people in them are erased by their own modules (expert, enterprise contacts).
    }
}
