package vn.nscl.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import vn.nscl.assessment.AssessmentService;
import vn.nscl.assessment.Tier;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.recommendation.ui.MyRecommendationsView;
import vn.nscl.support.CallEdit;
import vn.nscl.support.CallView;
import vn.nscl.support.ProgrammeCallService;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TestApplications;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestEnterprises.Created;

/** "Việc của tôi": the enterprise's home follows its own state, step by step, and links to what comes next. */
class MyTasksTest extends KaribuTest {

    @Autowired
    TestEnterprises testEnterprises;

    @Autowired
    TestApplications testApplications;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ProgrammeCallService calls;

    /** One line of the agenda: its state class, its text and its link (empty when it has none). */
    record Line(String state, String text, String link) {
    }

    private List<Line> agenda() {
        UI.getCurrent().navigate("home");
        return _find(_get(EnterpriseHomePanel.class), ListItem.class).stream()
                .filter(item -> item.hasClassName("agenda-item"))
                .map(item -> new Line(item.getClassNames().stream().filter(c -> c.startsWith("agenda-")
                        && !c.equals("agenda-item")).findFirst().orElseThrow(),
                        item.getElement().getTextRecursively(),
                        _find(item, Anchor.class).stream().map(Anchor::getHref).findFirst().orElse("")))
                .toList();
    }

    private Line line(List<Line> agenda, String containing) {
        return agenda.stream().filter(l -> l.text().contains(containing)).findFirst().orElseThrow(
                () -> new AssertionError("no line with \"" + containing + "\" in " + agenda));
    }

    @Test
    void a_new_enterprise_is_told_to_assess_first_and_advice_comes_later() {
        Created me = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        signInAs(me.email());

        List<Line> agenda = agenda();

        assertThat(line(agenda, "Hồ sơ doanh nghiệp").state()).isEqualTo("agenda-done");
        Line assess = line(agenda, "Tự đánh giá năng suất chất lượng");
        assertThat(assess.state()).isEqualTo("agenda-now");
        assertThat(assess.link()).isEqualTo("assessment");
        Line advice = line(agenda, "Khuyến nghị cải tiến");
        assertThat(advice.state()).isEqualTo("agenda-later");
        assertThat(advice.link()).isEmpty();
        assertThat(line(agenda, "Kết nối chuyên gia").link()).isEqualTo("requests/new");
    }

    @Test
    void a_draft_is_shown_with_how_far_it_got_and_continues_where_it_was_left() {
        Created me = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        int total = testEnterprises.as(me.email(), () -> {
            long draft = assessments.start(Tier.QUICK);
            var asked = assessments.draft(draft).asked().stream().flatMap(d -> d.questions().stream()).toList();
            assessments.answer(draft, asked.get(0).code(), 2, false, null);
            assessments.answer(draft, asked.get(1).code(), 3, false, null);
            return asked.size();
        });
        signInAs(me.email());

        Line assess = line(agenda(), "Tự đánh giá năng suất chất lượng");

        assertThat(assess.state()).isEqualTo("agenda-now");
        assertThat(assess.text()).contains("đã trả lời 2/" + total + " câu").contains("Tiếp tục đánh giá");
        assertThat(assess.link()).matches("assessment/\\d+/fill");
    }

    @Test
    void after_submitting_the_results_and_the_advice_are_one_click_away_and_an_application_is_followed() {
        TestApplications.Applicant applicant = testApplications.applicant();
        long application = testApplications.completeDraft(applicant, new BigDecimal("100"), new BigDecimal("100"));
        signInAs(applicant.enterprise().email());

        List<Line> agenda = agenda();

        Line assess = line(agenda, "Tự đánh giá năng suất chất lượng");
        assertThat(assess.state()).isEqualTo("agenda-done");
        assertThat(assess.text()).containsPattern("Đã nộp ngày \\d{2}/\\d{2}/\\d{4}, được [\\d,]+/100 điểm");
        assertThat(assess.link()).matches("assessment/\\d+/results");
        Line advice = line(agenda, "Khuyến nghị cải tiến");
        assertThat(advice.state()).isEqualTo("agenda-now");
        assertThat(advice.link()).isEqualTo("recommendations");
        Line draft = line(agenda, "Hồ sơ đề nghị hỗ trợ");
        assertThat(draft.text()).contains("Nháp");
        assertThat(draft.link()).isEqualTo("applications/" + application);

        assertThat(_get(SideNav.class).getItems().stream().map(SideNavItem::getLabel))
                .containsSubsequence("Tự đánh giá", "Khuyến nghị");
        UI.getCurrent().navigate("recommendations");
        MyRecommendationsView page = _get(MyRecommendationsView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Theo bản tự đánh giá năm")
                .contains("Việc nên làm tiếp theo");
    }

    @Test
    void a_call_closing_soon_is_named_with_its_deadline_and_the_days_left() {
        Created me = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        CallView call = testEnterprises.as("officer@example.com", () -> calls.calls()).getFirst();
        LocalDate deadline = LocalDate.now().plusDays(12);
        testEnterprises.run("officer@example.com", () -> calls.update(call.programmeCode(), new CallEdit(
                call.openFrom(), deadline, call.ceiling(), call.ownSharePercent(), call.yearlyQuota(),
                call.requiredDocuments(), call.checklist(), call.version())));
        try {
            signInAs(me.email());
            Line closing = agenda().stream().filter(l -> l.text().contains("đang nhận hồ sơ")).findFirst()
                    .orElseThrow();
            assertThat(closing.text()).containsPattern("Hạn nộp \\d{2}/\\d{2}/\\d{4} \\(còn ([0-9]|1[0-2]) ngày\\)");
            assertThat(closing.link()).isEqualTo("programmes");
        } finally {
            long version = testEnterprises.as("officer@example.com", () -> calls.calls()).stream()
                    .filter(c -> c.programmeCode().equals(call.programmeCode())).findFirst().orElseThrow().version();
            testEnterprises.run("officer@example.com", () -> calls.update(call.programmeCode(), new CallEdit(
                    call.openFrom(), call.openUntil(), call.ceiling(), call.ownSharePercent(), call.yearlyQuota(),
                    call.requiredDocuments(), call.checklist(), version)));
        }
    }

    @Test
    void an_enterprise_without_an_assessment_is_told_how_to_get_advice() {
        Created me = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        signInAs(me.email());
        UI.getCurrent().navigate("recommendations");
        assertThat(_get(MyRecommendationsView.class).getElement().getTextRecursively())
                .contains("Khuyến nghị có ngay sau khi bạn nộp bản tự đánh giá đầu tiên");
    }
}
