package vn.nscl.rulebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nscl.security.PersonalDataService;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestErasures;
import vn.nscl.testsupport.TestOfficers;

/**
 * An officer who wrote rule versions and activated one asks for their data, then to be erased: the export lists the
 * versions and activations, and afterwards they stay (the record of which rules were in force and why) under the
 * pseudonym, with the officer's e-mail and name nowhere in them.
 */
@SpringBootTest
class RuleAuthorsErasureTest {

    private static final String ADMIN = "admin@example.com";

    @Autowired
    PersonalDataService personalData;

    @Autowired
    TestErasures erasures;

    @Autowired
    TestOfficers officers;

    @Autowired
    RuleVersions ruleVersions;

    @Autowired
    TestEnterprises as;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_erased_officers_versions_and_activations_stay_under_the_pseudonym() throws Exception {
        String name = "Trần Thị Xoan Erasure";
        TestOfficers.Officer officer = officers.named(name);
        String email = officer.email();
        long accountId = officer.accountId();
        long active = as.as(ADMIN, () -> ruleVersions.active("recommendation").version().id());
        long draft = as.as(email, () -> ruleVersions.createDraft("recommendation", active, "Bản nháp để thử xóa"));
        int number = as.as(email, () -> ruleVersions.numberOf(draft));
        // An activation as the rules screen records it (activating here would change the rules other tests use).
        jdbc.update("insert into rule_activation (kind, rule_set_version_id, activated_at, activated_by, "
                + "activated_by_name, note) values ('recommendation', ?, current_timestamp, ?, ?, 'Thử xóa')", draft,
                email, name);

        JsonNode export = JsonMapper.builder().build().readTree(new String(as.as(email,
                () -> personalData.exportMine()), StandardCharsets.UTF_8));
        assertThat(export.get("rules").get("versionsWritten").toString()).contains("Bản nháp để thử xóa")
                .contains(String.valueOf(number));
        assertThat(export.get("rules").get("activations").toString()).contains("Thử xóa");

        erasures.eraseOnRequest(email, accountId);

        String pseudonym = "erased-" + accountId;
        assertThat(jdbc.queryForObject("select created_by from rule_set_version where id = ?", String.class, draft))
                .isEqualTo(pseudonym);
        assertThat(jdbc.queryForList("select actor from rule_set_version_author where rule_set_version_id = ?",
                String.class, draft)).containsExactly(pseudonym);
        assertThat(jdbc.queryForList("select activated_by || ' ' || activated_by_name from rule_activation "
                + "where rule_set_version_id = ?", String.class, draft)).containsExactly(pseudonym + " " + pseudonym);
        assertThat(jdbc.queryForObject("select count(*) from rule_set_version v where v.created_by = ? or exists "
                + "(select 1 from rule_set_version_author a where a.rule_set_version_id = v.id and a.actor = ?)",
                Integer.class, email, email)).as("the e-mail is nowhere in the versions").isZero();
        assertThat(jdbc.queryForObject("select count(*) from rule_activation where activated_by = ? "
                + "or activated_by_name = ?", Integer.class, email, name)).as("nor in the activations").isZero();
        jdbc.update("delete from rule_activation where rule_set_version_id = ?", draft); // not a real activation
    }
}
