package vn.nscl.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;

@SpringBootTest
class EnterpriseRegistrationTest {

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    JdbcTemplate jdbc;

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
    void registration_creates_the_account_and_the_enterprise_together_and_audits_both() {
        String email = uniqueEmail();
        String code = uniqueCode();
        long id = enterprises.register(valid(" " + email.toUpperCase(Locale.ROOT) + " ", " " + code + " "));

        assertThat(jdbc.queryForObject("select name from enterprise where id = ?", String.class, id))
                .isEqualTo("Công ty TNHH Nông sản Gio Linh");
        assertThat(jdbc.queryForObject("select enterprise_code from enterprise where id = ?", String.class, id))
                .isEqualTo(code);
        assertThat(jdbc.queryForObject("select phone from enterprise where id = ?", String.class, id))
                .isEqualTo("0905123456");
        assertThat(jdbc.queryForObject("select count(*) from user_account a join user_account_role r "
                + "on r.user_account_id = a.id where a.email = ? and r.role = 'ENTERPRISE'", Integer.class, email))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("select action from audit_event where actor_email = ?", String.class, email))
                .contains("ACCOUNT_REGISTERED", "ENTERPRISE_REGISTERED");
    }

    @Test
    void a_duplicate_email_is_refused_and_nothing_is_half_created() {
        String email = uniqueEmail();
        enterprises.register(valid(email, uniqueCode()));
        int accounts = rows("user_account");
        int registered = rows("enterprise");

        assertThatThrownBy(() -> enterprises.register(valid(email, uniqueCode())))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems())
                        .contains(new FieldProblem("email", "account.error.email-taken")));
        assertThat(rows("user_account")).isEqualTo(accounts);
        assertThat(rows("enterprise")).isEqualTo(registered);
    }

    @Test
    void a_duplicate_enterprise_code_is_refused_and_no_account_is_left_behind() {
        String code = uniqueCode();
        enterprises.register(valid(uniqueEmail(), code));
        String second = uniqueEmail();

        assertThatThrownBy(() -> enterprises.register(valid(second, code)))
                .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems())
                        .contains(new FieldProblem("enterpriseCode", "enterprise.error.code-taken")));
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Integer.class, second))
                .isZero();
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
                "19702", "Lê Thị Bé", uniqueEmail(), "0905123457", "me-xung-hai-lang", Locale.forLanguageTag("vi"));
        assertThat(enterprises.register(household)).isPositive();

        var company = new EnterpriseRegistration("Công ty Mè xửng", "0452" + personalId.substring(4),
                EnterpriseType.ENTERPRISE, "19702", "Lê Thị Bé", uniqueEmail(), "0905123457", "me-xung-hai-lang",
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
        long id = enterprises.register(registration);
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
