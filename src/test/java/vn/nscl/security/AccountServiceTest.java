package vn.nscl.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;

@SpringBootTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    static NewAccount newAccount(String email) {
        return new NewAccount(email, "can-bo-so-khcn-2026", "Trần Thị Thu", "0233 385 299", "Sở Công Thương",
                Locale.forLanguageTag("vi"));
    }

    static String uniqueEmail() {
        return "staff-" + UUID.randomUUID() + "@example.vn";
    }

    @Test
    void self_registration_only_gives_the_enterprise_or_expert_role() {
        assertThatThrownBy(() -> accounts.registerSelf(newAccount(uniqueEmail()), Role.ADMIN, List.of()))
                .isInstanceOf(UserFacingException.class).hasMessage("error.not-allowed");
        assertThatThrownBy(() -> accounts.registerSelf(newAccount(uniqueEmail()), Role.OFFICER, List.of()))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void without_signing_in_nobody_creates_staff_accounts() {
        assertThatThrownBy(() -> accounts.createAccount(newAccount(uniqueEmail()), EnumSet.of(Role.ADMIN)))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("officer@example.com")
    void an_officer_cannot_create_accounts_or_search_them() {
        assertThatThrownBy(() -> accounts.createAccount(newAccount(uniqueEmail()), EnumSet.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.search(null, null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin@example.com")
    void an_admin_creates_a_partner_account_that_is_audited() {
        String email = uniqueEmail();
        long id = accounts.createAccount(newAccount(email), EnumSet.of(Role.PARTNER));
        AccountSummary created = repository.findById(id).orElseThrow().toSummary(java.time.Instant.now());
        assertThat(created.roles()).containsExactly(Role.PARTNER);
        assertThat(created.organisation()).isEqualTo("Sở Công Thương");
        assertThat(created.phone()).isEqualTo("0233385299");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCOUNT_CREATED' "
                + "and target_id = ? and actor_email = 'admin@example.com'", Integer.class, String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin@example.com")
    void an_account_needs_at_least_one_role_and_a_valid_email() {
        assertThatThrownBy(() -> accounts.createAccount(newAccount(uniqueEmail()), Set.of()))
                .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems())
                        .contains(new FieldProblem("roles", "account.error.roles-required")));
        assertThatThrownBy(() -> accounts.createAccount(newAccount("khong-phai-email"), EnumSet.of(Role.OFFICER)))
                .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems())
                        .contains(new FieldProblem("email", "account.error.email-invalid")));
        String tooLong = "a".repeat(250) + "@example.vn";
        assertThatThrownBy(() -> accounts.createAccount(newAccount(tooLong), EnumSet.of(Role.OFFICER)))
                .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems())
                        .contains(new FieldProblem("email", "error.too-long", AccountService.EMAIL_MAX_LENGTH)));
    }

    @Test
    @WithUserDetails("admin@example.com")
    void role_changes_and_disabling_carry_the_version_seen_so_a_concurrent_change_is_not_overwritten() {
        long id = accounts.createAccount(newAccount(uniqueEmail()), EnumSet.of(Role.OFFICER));
        long seen = repository.findById(id).orElseThrow().getVersion();
        accounts.changeRoles(id, EnumSet.of(Role.OFFICER, Role.ADMIN), seen);

        assertThatThrownBy(() -> accounts.disable(id, "Chuyển công tác", seen)).isInstanceOf(UserFacingException.class)
                .hasMessage("error.changed-meanwhile");
        assertThat(repository.findById(id).orElseThrow().isEnabled()).isTrue();

        long current = repository.findById(id).orElseThrow().getVersion();
        assertThatThrownBy(() -> accounts.disable(id, " ", current)).as("not without a reason")
                .isInstanceOf(UserFacingException.class);
        accounts.disable(id, "Chuyển công tác từ 01/12", current);
        UserAccount disabled = repository.findById(id).orElseThrow();
        assertThat(disabled.isEnabled()).isFalse();
        assertThat(disabled.getSessionsRevokedAt()).isNotNull();
        assertThat(jdbc.queryForList("select action from audit_event where target_id = ? order by id",
                String.class, String.valueOf(id))).containsSubsequence("ACCOUNT_CREATED", "ROLES_CHANGED",
                "ACCOUNT_DISABLED");
        assertThat(jdbc.queryForObject("select details from audit_event where target_id = ? and action = "
                + "'ACCOUNT_DISABLED'", String.class, String.valueOf(id))).endsWith(": Chuyển công tác từ 01/12");
    }

    @Test
    @WithUserDetails("admin@example.com")
    void an_admin_cannot_disable_themselves_or_drop_their_own_admin_role() {
        UserAccount me = repository.findByEmail("admin@example.com").orElseThrow();
        assertThatThrownBy(() -> accounts.disable(me.getId(), "Thử", me.getVersion())).hasMessage(
                "account.error.cannot-disable-self");
        assertThatThrownBy(() -> accounts.changeRoles(me.getId(), EnumSet.of(Role.OFFICER), me.getVersion()))
                .hasMessage("account.error.cannot-drop-own-admin");
    }

    @Test
    @WithUserDetails("admin@example.com")
    void search_finds_accounts_by_text_and_role() {
        assertThat(accounts.search("officer@", null, PageRequest.of(0, 10)))
                .extracting(AccountSummary::email).containsExactly("officer@example.com");
        assertThat(accounts.search(null, Role.EXPERT, PageRequest.of(0, 100))).hasSizeGreaterThanOrEqualTo(15)
                .allSatisfy(a -> assertThat(a.roles()).contains(Role.EXPERT));
        assertThat(accounts.count("Sở Khoa học", null)).isGreaterThanOrEqualTo(2);
    }

    @Test
    @WithUserDetails("partner@example.com")
    void a_user_changes_their_own_password_only_with_the_current_one_and_failures_are_audited() {
        long failuresBefore = audited("PASSWORD_CHANGE_FAILED", "partner@example.com");
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong-password", "doi-mat-khau-moi-2026", true))
                .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems())
                        .contains(new FieldProblem("current", "password.error.current-wrong")));
        assertThat(audited("PASSWORD_CHANGE_FAILED", "partner@example.com")).isEqualTo(failuresBefore + 1);
        assertThatThrownBy(() -> accounts.changeOwnPassword("nscl-demo-2026", "password1", true))
                .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems())
                        .contains(new FieldProblem("password", "password.error.common")));
        accounts.changeOwnPassword("nscl-demo-2026", "doi-mat-khau-moi-2026", true);
        assertThat(jdbc.queryForObject("select sessions_revoked_at from user_account where email = ?",
                java.sql.Timestamp.class, "partner@example.com")).as("other sessions end").isNotNull();
        accounts.changeOwnPassword("doi-mat-khau-moi-2026", "nscl-demo-2026", true);
        assertThat(audited("PASSWORD_CHANGED", "partner@example.com")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = 'partner@example.com' "
                + "and subject like '%mật khẩu đã được đổi%'", Integer.class)).isEqualTo(2);
    }

    @Test
    @WithUserDetails("enterprise@example.com")
    void guessing_the_current_password_is_stopped_after_a_few_tries() {
        for (int attempt = 0; attempt < AccountService.PASSWORD_CHANGES_PER_QUARTER; attempt++) {
            assertThatThrownBy(() -> accounts.changeOwnPassword("doan-" + Math.random(), "mat-khau-moi-rat-dai", true))
                    .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems()).isNotEmpty());
        }
        assertThatThrownBy(() -> accounts.changeOwnPassword("nscl-demo-2026", "mat-khau-moi-rat-dai", true))
                .as("even the right one, once throttled").hasMessage("password.error.too-many");
        assertThat(audited("PASSWORD_CHANGE_THROTTLED", "enterprise@example.com")).isPositive();
    }

    @Test
    void passwords_made_of_the_account_or_easy_to_guess_are_refused() {
        for (var weak : java.util.Map.of("aaaaaaaa", "password.error.weak", "1234567890qwerty", "password.error.weak",
                "Quangtri@2026", "password.error.weak", "tranthithu2026", "password.error.personal",
                "SoCongThuong!", "password.error.personal").entrySet()) {
            assertThat(accounts.check(new NewAccount("tran.thi.thu@example.vn", weak.getKey(), "Trần Thị Thu", "",
                    "Sở Công Thương", Locale.forLanguageTag("vi")), List.of()))
                    .as(weak.getKey()).contains(new FieldProblem("password", weak.getValue()));
        }
        assertThat(accounts.check(new NewAccount("tran.thi.thu@example.vn", "HoptacxaHotieu!", "Trần Thị Thu", "",
                "", Locale.forLanguageTag("vi")), List.of("Hợp tác xã Hồ tiêu Vĩnh Linh")))
                .as("the enterprise's name").anyMatch(p -> p.field().equals("password"));
        assertThat(accounts.check(new NewAccount("tran.thi.thu@example.vn", "nui-ban-co-may-trang-2026",
                "Trần Thị Thu", "", "", Locale.forLanguageTag("vi")), List.of()))
                .as("a short name inside another word is no reason to refuse")
                .noneMatch(p -> p.field().equals("password"));
        assertThat(accounts.check(new NewAccount("tran.thi.thu@example.vn", "ca phe Khe Sanh thom ngon 2026",
                "Trần Thị Thu", "", "", Locale.forLanguageTag("vi")), List.of()))
                .noneMatch(p -> p.field().equals("password"));
    }

    private long audited(String action, String email) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and actor_email = ?",
                Long.class, action, email);
    }
}
