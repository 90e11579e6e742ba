package vn.nscl.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.nscl.notification.NotificationService;
import vn.nscl.security.AccountService;
import vn.nscl.security.NewAccount;
import vn.nscl.security.Role;
import vn.nscl.shared.SystemTask;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.testsupport.TestEnterprises;

/** A partner reports only for its own agency; bad figures are refused whole; the Department sees who is missing. */
@SpringBootTest
class PartnerReportsTest {

    static final String OFFICER = "officer@example.com";

    @Autowired
    PartnerService partners;

    @Autowired
    PlanTargetService plan;

    @Autowired
    AccountService accounts;

    @Autowired
    NotificationService notifications;

    @Autowired
    TestEnterprises as;

    @Autowired
    Clock clock;

    String partnerOf(String agency) {
        String email = "partner-" + UUID.randomUUID() + "@example.vn";
        long id = as.as("admin@example.com", () -> accounts.createAccount(new NewAccount(email, "mat-khau-doi-tac-1",
                "Cán bộ " + agency, "0905111222", agency, Locale.forLanguageTag("vi")), Set.of(Role.PARTNER)));
        as.run(OFFICER, () -> partners.setMembership(id, agency));
        return email;
    }

    int lastYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    @Test
    void a_partner_reports_its_own_figures_and_they_count_towards_the_target() {
        String partner = partnerOf("SO_GDDT");
        BigDecimal before = as.as(OFFICER, () -> actual("T-2030-d1", lastYear() - 1));
        long version = as.as(partner, () -> partners.report("SO_GDDT", lastYear()).version());
        as.run(partner, () -> partners.submit("SO_GDDT", lastYear(), Map.of("T-2030-d1", new BigDecimal("2")),
                "Thành lập hai câu lạc bộ năng suất.", version));
        PartnerReportView report = as.as(partner, () -> partners.report("SO_GDDT", lastYear()));
        assertThat(report.submitted()).isTrue();
        assertThat(report.figures()).containsEntry("T-2030-d1", new BigDecimal("2.00"));
        assertThat(as.as(OFFICER, () -> actual("T-2030-d1", lastYear())))
                .as("cumulative: the years before plus this report")
                .isEqualByComparingTo((before == null ? BigDecimal.ZERO : before).add(new BigDecimal("2")));
        as.run(partner, () -> partners.submit("SO_GDDT", lastYear(), Map.of("T-2030-d1", new BigDecimal("1")),
                "Sửa lại: một câu lạc bộ.", report.version()));
        assertThat(as.as(OFFICER, () -> actual("T-2030-d1", lastYear())))
                .as("a correction replaces the figure").isEqualByComparingTo((before == null ? BigDecimal.ZERO : before)
                        .add(BigDecimal.ONE));
        assertThatThrownBy(() -> as.run(partner, () -> partners.submit("SO_GDDT", lastYear(), Map.of(), "Lần ba",
                report.version()))).as("a stale version").hasMessageContaining("error.changed-meanwhile");
    }

    @Test
    void a_partner_cannot_read_or_write_another_agencys_report() {
        String partner = partnerOf("SO_CT");
        assertThatThrownBy(() -> as.run(partner, () -> partners.report("SO_KHCN", lastYear())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(partner, () -> partners.submit("SO_KHCN", lastYear(),
                Map.of("P5", BigDecimal.ONE), "Không phải việc của tôi", -1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(partner, () -> partners.submit("SO_CT", lastYear(),
                Map.of("P5", BigDecimal.ONE), "Chỉ tiêu của đơn vị khác", -1)))
                .hasMessageContaining("partner.error.not-yours");
        String unassigned = "partner-" + UUID.randomUUID() + "@example.vn";
        as.run("admin@example.com", () -> accounts.createAccount(new NewAccount(unassigned, "mat-khau-doi-tac-1",
                "Chưa gắn", "0905111223", "", Locale.forLanguageTag("vi")), Set.of(Role.PARTNER)));
        assertThat(as.as(unassigned, () -> partners.myAgency())).isEmpty();
        assertThatThrownBy(() -> as.run(unassigned, () -> partners.report("SO_CT", lastYear())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(partner, () -> partners.statusFor(lastYear())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_figures_are_refused_and_nothing_is_saved() {
        String partner = partnerOf("DAI_PTTH");
        int year = LocalDate.now(clock).getYear();
        assertThatThrownBy(() -> as.run(partner, () -> partners.submit("DAI_PTTH", year,
                Map.of("P1", new BigDecimal("-1")), " ", -1))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.fieldProblems()).extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("P1", "narrative"));
        assertThatThrownBy(() -> as.run(partner, () -> partners.submit("DAI_PTTH", year + 1,
                Map.of("P1", BigDecimal.ONE), "Năm sau", -1))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.fieldProblems()).extracting(FieldProblem::field).containsExactly("year"));
        assertThatThrownBy(() -> as.run(partner, () -> partners.submit("DAI_PTTH", year,
                Map.of("P1", new BigDecimal("1.234")), "Ba chữ số thập phân", -1)))
                .isInstanceOf(UserFacingException.class);
        assertThat(as.as(partner, () -> partners.report("DAI_PTTH", year).submitted())).isFalse();
    }

    @Test
    void officers_see_who_has_not_reported_and_members_are_reminded_before_the_deadline() {
        String partner = partnerOf("HIEP_HOI_DN");
        String reminded = partnerOf("SO_KHCN");
        int year = LocalDate.now(clock).getYear();
        as.run(partner, () -> partners.submit("HIEP_HOI_DN", year, Map.of(), "Tổ chức tôn vinh doanh nghiệp.",
                as.as(partner, () -> partners.report("HIEP_HOI_DN", year).version())));
        var status = as.as(OFFICER, () -> partners.statusFor(year));
        assertThat(status).filteredOn(s -> s.agency().code().equals("HIEP_HOI_DN")).singleElement()
                .satisfies(s -> assertThat(s.submitted()).isTrue());
        long unreadBefore = as.as(reminded, () -> notifications.unreadCount());
        assertThat(SystemTask.run(() -> partners.remind(LocalDate.of(year, 11, 20)))).as("10 days before: not a reminder day").isZero();
        if (as.as(OFFICER, () -> partners.report("SO_KHCN", year).submitted())) {
            return;
        }
        assertThat(SystemTask.run(() -> partners.remind(LocalDate.of(year, 11, 23)))).as("7 days before").isPositive();
        assertThat(SystemTask.run(() -> partners.remind(LocalDate.of(year, 11, 23))))
                .as("never twice on one reminder day (another instance, a restart)").isZero();
        assertThat(as.as(reminded, () -> notifications.unreadCount())).isEqualTo(unreadBefore + 1);
        assertThat(as.as(partner, () -> notifications.mine()).stream()
                .noneMatch(n -> n.messageKey().equals("notify.partner-reminder") && n.args().contains(String.valueOf(year))))
                .as("an agency that reported is not reminded").isTrue();
    }

    private BigDecimal actual(String code, int year) {
        return plan.progress().stream().filter(p -> p.target().code().equals(code)).findFirst().orElseThrow()
                .actualIn(year);
    }
}
