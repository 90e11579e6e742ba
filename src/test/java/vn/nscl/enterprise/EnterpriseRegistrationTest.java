package vn.nscl.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.nscl.shared.SystemTask;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;

@SpringBootTest
class EnterpriseRegistrationTest {

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    EnterpriseVerificationService verification;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    <T> T as(String email, java.util.function.Supplier<T> action) {
        var user = users.loadUserByUsername(email);
        return SystemTask.runAs(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()),
                action);
    }

    static String uniqueEmail() {
        return "dn-" + UUID.randomUUID() + "@example.vn";
    }

    static String uniqueCode() {
        return String.valueOf(3_300_000_000L + (long) (Math.random() * 99_999_999L));
    }

    static EnterpriseRegistration valid(String email, String code) {
        return new EnterpriseRegistration("Công ty TNHH Nông sản Gio Linh", code, EnterpriseType.ENTERPRISE, "19495",
                "Nguyễn Văn An", email, "0905 123 456", "hat-tieu-do-2026", Locale.forLanguageTag("vi"));
    }

    private int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static java.util.List<String> fieldsOf(Throwable thrown) {
        return ((UserFacingException) thrown).fieldProblems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void registration_creates_the_account_and_a_pending_enterprise_and_mails_a_confirmation() {
        String email = uniqueEmail();
        String code = uniqueCode();
        long id = enterprises.register(valid(" " + email.toUpperCase(Locale.ROOT) + " ", " " + code + " "))
                .enterpriseId();

        assertThat(jdbc.queryForObject("select name from enterprise where id = ?", String.class, id))
                .isEqualTo("Công ty TNHH Nông sản Gio Linh");
        assertThat(jdbc.queryForObject("select enterprise_code from enterprise where id = ?", String.class, id))
                .isEqualTo(code);
        assertThat(jdbc.queryForObject("select phone from enterprise where id = ?", String.class, id))
                .isEqualTo("0905123456");
        assertThat(jdbc.queryForObject("select verification from enterprise where id = ?", String.class, id))
                .as("DOST verifies before its figures count").isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select count(*) from counted_enterprise where id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from user_account a join user_account_role r "
                + "on r.user_account_id = a.id where a.email = ? and r.role = 'ENTERPRISE' "
                + "and a.email_confirmed_at is null", Integer.class, email)).isEqualTo(1);
        assertThat(jdbc.queryForList("select action from audit_event where actor_email = ?", String.class, email))
                .contains("ACCOUNT_REGISTERED", "ENTERPRISE_REGISTERED");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and subject like ?",
                Integer.class, email, "%xác nhận%")).isEqualTo(1);
    }

    @Test
    void an_email_that_has_an_account_is_not_revealed_its_owner_is_mailed_and_nothing_is_created() {
        String email = uniqueEmail();
        enterprises.register(valid(email, uniqueCode()));
        int accounts = rows("user_account");
        int registered = rows("enterprise");

        RegistrationReceipt again = enterprises.register(valid(email, uniqueCode()));

        assertThat(again.enterpriseId()).isNull();
        assertThat(again.claimId()).isNull();
        assertThat(rows("user_account")).isEqualTo(accounts);
        assertThat(rows("enterprise")).isEqualTo(registered);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and subject like ?",
                Integer.class, email, "%có người đăng ký%")).isEqualTo(1);
    }

    @Test
    void a_code_that_another_account_holds_is_not_revealed_and_becomes_a_claim_dost_decides() {
        String code = uniqueCode();
        String holderEmail = uniqueEmail();
        long held = enterprises.register(valid(holderEmail, code)).enterpriseId();
        String claimant = uniqueEmail();

        RegistrationReceipt receipt = enterprises.register(new EnterpriseRegistration("Công ty Nông sản Gio Linh (thật)",
                code, EnterpriseType.ENTERPRISE, "19495", "Trần Thị Chủ", claimant, "0233 3852 123",
                "hat-tieu-chinh-chu-2026", Locale.forLanguageTag("vi")));

        assertThat(receipt.enterpriseId()).isNull();
        assertThat(receipt.claimId()).isNotNull();
        long claimantAccount = jdbc.queryForObject("select id from user_account where email = ?", Long.class,
                claimant);
        ClaimSummary open = as("officer@example.com", () -> verification.openClaims()).stream()
                .filter(c -> c.id() == receipt.claimId()).findFirst().orElseThrow();
        assertThat(open.enterpriseId()).isEqualTo(held);
        assertThat(open.phone()).as("a landline with its area code").isEqualTo("02333852123");

        assertThatThrownBy(() -> as("officer@example.com", () -> {
            verification.grantClaim(open.id(), open.version(), "");
            return null;
        })).hasMessageContaining("error.reason-required");
        as("officer@example.com", () -> {
            verification.grantClaim(open.id(), open.version(), "Đã xem giấy chứng nhận đăng ký doanh nghiệp");
            return null;
        });

        assertThat(jdbc.queryForObject("select account_id from enterprise where id = ?", Long.class, held))
                .isEqualTo(claimantAccount);
        assertThat(jdbc.queryForObject("select verification from enterprise where id = ?", String.class, held))
                .isEqualTo("VERIFIED");
        assertThat(jdbc.queryForList("select action from audit_event where target_id = ? and target_type = "
                + "'enterprise'", String.class, String.valueOf(held))).contains("ENTERPRISE_CLAIM_GRANTED");
        assertThatThrownBy(() -> as("officer@example.com", () -> {
            verification.refuseClaim(open.id(), open.version() + 1, "muộn");
            return null;
        })).isInstanceOf(UserFacingException.class);
    }

    @Test
    void only_officers_verify_enterprises_and_decide_claims() {
        long id = enterprises.register(valid(uniqueEmail(), uniqueCode())).enterpriseId();
        long version = jdbc.queryForObject("select version from enterprise where id = ?", Long.class, id);
        for (String who : List.of("enterprise@example.com", "expert@example.com", "partner@example.com")) {
            assertThatThrownBy(() -> as(who, () -> {
                verification.verify(id, version, "x");
                return null;
            })).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(who, () -> verification.openClaims())).isInstanceOf(AccessDeniedException.class);
        }
        as("officer@example.com", () -> {
            verification.verify(id, version, "Đã gọi điện cho người liên hệ");
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from counted_enterprise where id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void invisible_and_text_reversing_characters_in_a_name_are_refused() {
        var hidden = new EnterpriseRegistration("Hợp tác xã\u200b Hồ tiêu", uniqueCode(), EnterpriseType.COOPERATIVE,
                "19495", "Nguyễn\u202eVăn An", uniqueEmail(), "0905123456", "hat-tieu-do-2026",
                Locale.forLanguageTag("vi"));
        assertThatThrownBy(() -> enterprises.register(hidden))
                .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems()).contains(
                        new FieldProblem("name", "error.invisible-characters"),
                        new FieldProblem("contactPerson", "error.invisible-characters")));
    }

    @Test
    void a_name_typed_in_decomposed_unicode_is_stored_composed() {
        String decomposed = java.text.Normalizer.normalize("Hợp tác xã Quảng Trị", java.text.Normalizer.Form.NFD);
        long id = enterprises.register(new EnterpriseRegistration(decomposed, uniqueCode(),
                EnterpriseType.COOPERATIVE, "19495", "Lê Văn Bảy", uniqueEmail(), "0905123456", "hat-tieu-do-2026",
                Locale.forLanguageTag("vi"))).enterpriseId();
        assertThat(jdbc.queryForObject("select name from enterprise where id = ?", String.class, id))
                .isEqualTo("Hợp tác xã Quảng Trị").hasSize(20);
    }

    @Test
    void malformed_codes_over_long_fields_and_foreign_communes_are_all_reported_at_once() {
        var bad = new EnterpriseRegistration("Đ".repeat(EnterpriseService.NAME_MAX_LENGTH + 1), "12345",
                EnterpriseType.COOPERATIVE, "00004", "", "not-an-email", "12", "123", Locale.ENGLISH);
        int accounts = rows("user_account");

        assertThatThrownBy(() -> enterprises.register(bad))
                .satisfies(e -> assertThat(fieldsOf(e)).contains("name", "enterpriseCode", "commune",
                        "contactPerson", "email", "phone", "password"));
        assertThat(rows("user_account")).isEqualTo(accounts);
    }

    @Test
    void a_personal_id_is_accepted_for_a_household_business_only() {
        String personalId = "0451" + String.format("%08d", (long) (Math.random() * 99_999_999L));
        var household = new EnterpriseRegistration("Hộ kinh doanh Mè xửng", personalId, EnterpriseType.HOUSEHOLD,
                "19702", "Lê Thị Bé", uniqueEmail(), "0905123457", "keo-ngot-hai-lang", Locale.forLanguageTag("vi"));
        assertThat(enterprises.register(household).enterpriseId()).isPositive();

        var company = new EnterpriseRegistration("Công ty Mè xửng", "0452" + personalId.substring(4),
                EnterpriseType.ENTERPRISE, "19702", "Lê Thị Bé", uniqueEmail(), "0905123457", "keo-ngot-hai-lang",
                Locale.forLanguageTag("vi"));
        assertThatThrownBy(() -> enterprises.register(company))
                .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems()).contains(
                        new FieldProblem("enterpriseCode", "enterprise.error.code-personal-id-household-only")));
    }

    @Test
    void html_in_a_name_is_stored_exactly_as_typed() {
        String email = uniqueEmail();
        var registration = new EnterpriseRegistration("<script>alert('x')</script> Cơ sở <b>Mắm</b>", uniqueCode(),
                EnterpriseType.ENTERPRISE, "19496", "<img src=x onerror=alert(1)>", email, "0905123458",
                "nuoc-mam-cua-viet", Locale.forLanguageTag("vi"));
        long id = enterprises.register(registration).enterpriseId();
        assertThat(jdbc.queryForObject("select name from enterprise where id = ?", String.class, id))
                .isEqualTo("<script>alert('x')</script> Cơ sở <b>Mắm</b>");
    }

    @Test
    @WithUserDetails("enterprise@example.com")
    void an_enterprise_sees_its_own_record_but_not_another_enterprises() {
        EnterpriseSummary mine = enterprises.mine().orElseThrow();
        assertThat(enterprises.get(mine.id()).name()).isEqualTo("Hợp tác xã Hồ tiêu Vĩnh Linh");
        long other = jdbc.queryForObject("select id from enterprise where enterprise_code = '3200523456'", Long.class);
        assertThatThrownBy(() -> enterprises.get(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.count()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("officer@example.com")
    void an_officer_sees_any_enterprise() {
        long other = jdbc.queryForObject("select id from enterprise where enterprise_code = '3200523456'", Long.class);
        assertThat(enterprises.get(other).name()).isEqualTo("Công ty TNHH Cà phê Khe Sanh");
        assertThat(enterprises.count()).isGreaterThanOrEqualTo(20);
    }

    @Test
    @WithUserDetails("expert@example.com")
    void an_expert_cannot_read_enterprise_records_directly() {
        long other = jdbc.queryForObject("select id from enterprise where enterprise_code = '3200523456'", Long.class);
        assertThatThrownBy(() -> enterprises.get(other)).isInstanceOf(AccessDeniedException.class);
    }
}
