package vn.nscl.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import vn.nscl.notification.NotificationService;
import vn.nscl.plan.AgencyView;
import vn.nscl.plan.PartnerDeadlines;
import vn.nscl.plan.PartnerService;
import vn.nscl.shared.ui.Formats;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.MutableClock;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestPartners;

/**
 * On 6 December the partner agencies' reports due on 30 November are six days late: the officer's home says so with
 * the agencies missing (never the Department itself) and "Nhắc ngay"; the late partner's home says so too.
 */
class PartnerDeadlinesTest extends KaribuTest {

    static final String OFFICER = "officer@example.com";

    @Autowired
    MutableClock clock;

    @Autowired
    PartnerDeadlines deadlines;

    @Autowired
    PartnerService partners;

    @Autowired
    TestEnterprises as;

    @Autowired
    NotificationService notifications;

    @Autowired
    TestPartners testPartners;

    private String partnerOf(String agency) {
        return testPartners.of(agency);
    }

    @Test
    void after_the_deadline_officers_and_late_partners_see_the_days_late_and_officers_remind_now() {
        Instant original = clock.instant();
        int year = LocalDate.now(clock.withZone(Formats.VIETNAM)).getYear();
        clock.set(LocalDate.of(year, 12, 6).atTime(9, 0).atZone(Formats.VIETNAM).toInstant());
        try {
            var standing = as.as(OFFICER, () -> deadlines.standing(year));
            assertThat(standing.daysLate()).isEqualTo(6);
            assertThat(standing.missing()).isNotEmpty().extracting(AgencyView::code).doesNotContain("SO_KHCN");
            String partner = partnerOf(standing.missing().getFirst().code());
            assertThat(as.as(partner, () -> deadlines.myDaysLate(year))).contains(6L);

            signInAs(OFFICER);
            UI.getCurrent().navigate("home");
            OfficerHomePanel home = _get(OfficerHomePanel.class);
            assertThat(home.partnerReports.getElement().getTextRecursively()).contains("Quá hạn 6 ngày",
                    "30/11/" + year).doesNotContain("Sở Khoa học và Công nghệ,");
            button(home.partnerReports, "Nhắc ngay").click();
            assertThat(as.as(partner, () -> notifications.mine()).getFirst().messageKey())
                    .isEqualTo("notify.partner-overdue");

            UI.getCurrent().navigate("plan/partners");
            @SuppressWarnings("unchecked")
            var grid = (com.vaadin.flow.component.grid.Grid<vn.nscl.plan.AgencyStatus>) com.github.mvysny
                    .kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.grid.Grid.class).getFirst();
            var rows = java.util.stream.IntStream.range(0, com.github.mvysny.kaributesting.v10.GridKt._size(grid))
                    .mapToObj(i -> com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, i).toString())
                    .toList();
            assertThat(rows).anyMatch(row -> row.contains("Chưa gửi báo cáo · quá hạn 6 ngày"));
            assertThat(rows).as("the Department is not a partner that failed to report")
                    .anyMatch(row -> row.contains("Sở KH&CN: số liệu lấy từ nền tảng"));

            signInAs(partner);
            UI.getCurrent().navigate("home");
            assertThat(_get(PartnerHomePanel.class).getElement().getTextRecursively())
                    .contains("Báo cáo đã quá hạn 6 ngày");

            clock.set(LocalDate.of(year, 11, 29).atTime(9, 0).atZone(Formats.VIETNAM).toInstant());
            assertThat(as.as(partner, () -> deadlines.myDaysLate(year))).as("not late before the day").isEmpty();
        } finally {
            clock.set(original);
        }
    }
}
