package vn.nscl.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.expert.ExpertDirectory;
import vn.nscl.shared.PersonalData;

/**
 * Expert requests: those the account's enterprise made, those offered to or carried out by the account as an expert,
 * and the messages the account wrote and the timeline steps it took on requests (an officer's on anybody's) are
 * exported. They stay on erasure: the expert is pseudonymised in the expert module, a request and its messages are
 * the enterprise's business record; the name shown above the account's messages and steps is replaced by its
 * pseudonym.
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
        List<Map<String, Object>> messages = jdbc.sql("select request_id, author_name, body, sent_at from "
                + "request_message where author_account_id = :account order by id")
                .param("account", person.accountId()).query().listOfRows();
        List<Map<String, Object>> steps = jdbc.sql("select request_id, at, kind, note from request_event "
                + "where actor_account_id = :account order by at, id").param("account", person.accountId()).query()
                .listOfRows();
        if (enterprise < 0 && expert < 0 && messages.isEmpty() && steps.isEmpty()) {
            return null;
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("asEnterprise", jdbc.sql("select id, item_code, need, mode, status, created_at, accepted_at, "
                + "completed_at, rating, rating_comment from support_request where enterprise_id = :id order by id")
                .param("id", enterprise).query().listOfRows());
        section.put("asExpert", jdbc.sql("select id, item_code, status, created_at, accepted_at, completed_at, rating "
                + "from support_request where expert_id = :id order by id").param("id", expert).query().listOfRows());
        section.put("messages", messages);
        section.put("timelineSteps", steps);
        return section;
    }

    @Override
    public void erase(Person person) {
        // Business records: the people in them are erased by their own modules (expert, enterprise contacts); only
        // the author's name kept beside each message is this module's.
        jdbc.sql("update request_message set author_name = :pseudonym where author_account_id = :account")
                .param("pseudonym", person.pseudonym()).param("account", person.accountId()).update();
        // The person's steps on any request's timeline (an officer's on many) are found by account. Old steps V29
        // could not tell apart by account are matched by name or e-mail, and only on the person's own requests, so a
        // namesake elsewhere keeps their name.
        jdbc.sql("""
                update request_event set actor = :pseudonym where actor_account_id = :account
                  or (actor_account_id is null and actor in (:email, :name) and request_id in
                  (select id from support_request where enterprise_id = :enterprise or expert_id = :expert))""")
                .param("pseudonym", person.pseudonym()).param("email", person.email())
                .param("name", person.shownName()).param("account", person.accountId())
                .param("enterprise", enterprises.idOfAccount(person.accountId()).orElse(-1L))
                .param("expert", experts.expertIdOf(person.accountId()).orElse(-1L)).update();
    }
}
