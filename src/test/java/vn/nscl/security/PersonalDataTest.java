package vn.nscl.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nscl.enterprise.EnterpriseRegistration;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.expert.Language;
import vn.nscl.matching.NewSupportRequest;
import vn.nscl.matching.SupportRequestService;
import vn.nscl.matching.WorkMode;
import vn.nscl.shared.SystemTask;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestOfficers;

/**
 * A household business owner's rights over their data: everything held about them comes out in one file, and after
 * they ask, DOST erases it everywhere (account, enterprise contacts, the owner's citizen ID used as its code,
 * notifications, mails, audit entries), keeping the business's figures anonymously and a record of the erasure.
 */
@SpringBootTest
class PersonalDataTest {

    @Autowired
    PersonalDataService personalData;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    TestEnterprises as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SupportRequestService requests;

    @Autowired
    TestOfficers officers;

    private record Household(String email, long enterpriseId, long accountId, String personalId) {
    }

    private Household household() {
        String email = "ho-" + java.util.UUID.randomUUID() + "@example.vn";
        String personalId = "0451" + String.format("%08d", (long) (Math.random() * 99_999_999L));
        long id = SystemTask.run(() -> enterprises.register(new EnterpriseRegistration("Hộ kinh doanh Lê Thị Mơ",
                personalId, EnterpriseType.HOUSEHOLD, "19495", "Lê Thị Mơ", email, "0905 777 888",
                "bau-troi-xanh-ngat-2026", Locale.forLanguageTag("vi")))).enterpriseId();
        long account = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
        return new Household(email, id, account, personalId);
    }

    @Test
    void the_export_holds_the_account_the_enterprise_and_what_else_is_kept_about_the_person() throws Exception {
        Household owner = household();
        JsonNode export = JsonMapper.builder().build().readTree(new String(as.as(owner.email(),
                () -> personalData.exportMine()), StandardCharsets.UTF_8));
        assertThat(export.get("account").get("email").asText()).isEqualTo(owner.email());
        assertThat(export.get("enterprise").get("registration").toString()).contains(owner.personalId())
                .contains("Lê Thị Mơ");
        assertThat(export.has("auditLog")).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PERSONAL_DATA_EXPORTED' "
                + "and actor_email = ?", Integer.class, owner.email())).isEqualTo(1);
    }

    @Test
    void on_request_dost_erases_the_person_everywhere_and_keeps_the_business_anonymously() {
        Household owner = household();
        jdbc.update("insert into notification (account_id, message_key, args, link, created_at) "
                + "values (?, 'notify.test', 'Lê Thị Mơ', null, current_timestamp)", owner.accountId());
        long request = as.as(owner.email(), () -> requests.create(new NewSupportRequest("ISO_56000",
                "Cần chuyên gia đổi mới sáng tạo", WorkMode.ON_SITE, Language.VI, null, null)));
        jdbc.update("insert into request_message (request_id, author_account_id, author_side, author_name, body, "
                + "sent_at) values (?, ?, 'ENTERPRISE', 'Hộ kinh doanh Lê Thị Mơ', 'Xin chào', current_timestamp)",
                request, owner.accountId());
        assertThatThrownBy(() -> as.as("admin@example.com", () -> {
            personalData.erase(owner.accountId());
            return null;
        })).as("not without the owner's request").hasMessageContaining("privacy.error.no-request");

        String name = jdbc.queryForObject("select display_name from user_account where id = ?", String.class,
                owner.accountId());
        assertThat(jdbc.queryForObject("select count(*) from request_event where request_id = ? and actor = ?",
                Integer.class, request, name)).as("the timeline names who asked").isPositive();
        long namesake = officers.named(name).accountId();
        jdbc.update("insert into request_event (request_id, at, kind, actor, actor_account_id, note) "
                + "values (?, current_timestamp, 'NOTE', ?, ?, 'Cán bộ trùng tên đã gọi điện')", request, name, namesake);
        as.run(owner.email(), () -> personalData.requestErasure());
        assertThat(as.as("admin@example.com", () -> personalData.openRequests()))
                .anyMatch(r -> r.accountId() == owner.accountId());
        as.run("admin@example.com", () -> personalData.erase(owner.accountId()));

        var account = jdbc.queryForMap("select email, display_name, phone, enabled from user_account where id = ?",
                owner.accountId());
        assertThat(account.get("EMAIL").toString()).isEqualTo("erased-" + owner.accountId() + "@invalid");
        assertThat(account.get("DISPLAY_NAME")).isEqualTo("erased-" + owner.accountId());
        assertThat(account.get("PHONE")).isNull();
        assertThat(account.get("ENABLED")).isEqualTo(false);
        var enterprise = jdbc.queryForMap("select name, search_name, enterprise_code, contact_person, email, phone "
                + "from enterprise where id = ?", owner.enterpriseId());
        assertThat(enterprise.get("SEARCH_NAME")).as("the search no longer finds the name")
                .isEqualTo("ho kinh doanh #" + owner.enterpriseId());
        assertThat(enterprise.values().toString()).doesNotContain(owner.personalId()).doesNotContain("Lê Thị Mơ")
                .doesNotContain(owner.email()).doesNotContain("0905");
        assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ?", Integer.class,
                owner.accountId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class,
                owner.email())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor_email = ? or details like ? "
                + "or search_text like ?", Integer.class, owner.email(), "%" + owner.email() + "%",
                "%" + owner.email().toLowerCase(java.util.Locale.ROOT) + "%")).as("the log names the pseudonym")
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PERSONAL_DATA_ERASED' and "
                + "target_id = ?", Integer.class, String.valueOf(owner.accountId()))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from enterprise where id = ?", Integer.class,
                owner.enterpriseId())).as("the business stays").isEqualTo(1);
        assertThat(jdbc.queryForObject("select author_name from request_message where request_id = ?", String.class,
                request)).as("the message stays under the pseudonym").isEqualTo("erased-" + owner.accountId());
        assertThat(jdbc.queryForList("select actor from request_event where request_id = ?", String.class, request))
                .as("the request's timeline names the pseudonym, and the namesake officer still").isNotEmpty()
                .doesNotContain(owner.email()).contains("erased-" + owner.accountId()).containsOnlyOnce(name);
        assertThat(jdbc.queryForObject("select actor from request_event where actor_account_id = ?", String.class,
                namesake)).isEqualTo(name);
    }

    @Test
    void nobody_but_dost_erases_and_nobody_exports_someone_else() {
        Household owner = household();
        Household other = household();
        as.run(owner.email(), () -> personalData.requestErasure());
        assertThatThrownBy(() -> as.as(other.email(), () -> {
            personalData.erase(owner.accountId());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(new String(as.as(other.email(), () -> personalData.exportMine()), StandardCharsets.UTF_8))
                .doesNotContain(owner.email()).doesNotContain(owner.personalId());
    }
}
