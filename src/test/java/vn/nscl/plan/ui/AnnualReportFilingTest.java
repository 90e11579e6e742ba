package vn.nscl.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import vn.nscl.plan.AnnualReportFilings;
import vn.nscl.plan.PartnerService;
import vn.nscl.shared.ui.Formats;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.MutableClock;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestPartners;

/** The Department's annual report to the province: its deadline on the officer's home, recording it as sent. */
class AnnualReportFilingTest extends KaribuTest {

    static final String OFFICER = "officer@example.com";

    @Autowired
    MutableClock clock;

    @Autowired
    PartnerService partners;

    @Autowired
    AnnualReportFilings filings;

    @Autowired
    TestEnterprises as;

    @Autowired
    TestPartners testPartners;

    private String partnerOf(String agency) {
        return testPartners.of(agency);
    }

    /**
     * The Department's own report: late on 6 December until an officer records it as sent (with its number); then
     * the partner agencies' reports for that year are locked. (A past year is filed here, so that other tests can
     * still send reports for this year and last.)
     */
    @Test
    void the_annual_report_is_late_until_recorded_as_sent_and_then_the_years_partner_reports_lock() {
        Instant original = clock.instant();
        int year = LocalDate.now(clock.withZone(Formats.VIETNAM)).getYear();
        clock.set(LocalDate.of(year, 12, 6).atTime(9, 0).atZone(Formats.VIETNAM).toInstant());
        try {
            signInAs(OFFICER);
            UI.getCurrent().navigate("home");
            var card = com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.card.Card.class)
                    .stream().filter(c -> ("Báo cáo năm " + year + " gửi UBND tỉnh").equals(c.getElement()
                            .getProperty("cardTitle"))).findFirst().orElseThrow();
            assertThat(card.getElement().getTextRecursively()).contains("quá hạn 6 ngày", "30/11/" + year);

            int filed = 2022;
            String partner = partnerOf("SO_GDDT");
            UI.getCurrent().navigate("plan/dashboard");
            var dashboard = _get(vn.nscl.plan.ui.PlanDashboardView.class);
            dashboard.year.setValue(filed);
            button(dashboard.filing, "Ghi nhận đã gửi báo cáo năm").click();
            var dialog = _get(vn.nscl.shared.ui.FormDialog.class);
            _get(dialog, com.vaadin.flow.component.textfield.TextField.class).setValue("125/BC-SKHCN");
            button(dialog, "Ghi nhận đã gửi").click();
            assertThat(dashboard.filing.getElement().getTextRecursively())
                    .contains("Đã gửi báo cáo năm " + filed, "125/BC-SKHCN");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> as.run("officer2@example.com",
                    () -> filings.file(filed, "126/BC-SKHCN"))).as("recorded once")
                    .hasMessageContaining("report.error.filed");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> as.run(partner, () -> partners.submit("SO_GDDT",
                    filed, java.util.Map.of(), "Sửa sau khi Sở đã gửi", -1)))
                    .hasMessageContaining("partner.error.locked");

            signInAs(partner);
            UI.getCurrent().navigate("plan/partners");
            var reports = _get(vn.nscl.plan.ui.PartnerReportsView.class);
            reports.year.setValue(filed);
            assertThat(reports.narrative.isReadOnly()).isTrue();
            assertThat(reports.form.getElement().getTextRecursively()).contains("đã khóa");
        } finally {
            clock.set(original);
        }
    }
}
