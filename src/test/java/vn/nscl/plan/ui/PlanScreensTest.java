package vn.nscl.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;

import vn.nscl.plan.AnnualReportService;
import vn.nscl.plan.PlanTargetService;
import vn.nscl.plan.TargetView;
import vn.nscl.tasks.BackgroundTasks;
import vn.nscl.tasks.TaskFile;
import vn.nscl.tasks.TaskState;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TaskPanels;
import vn.nscl.testsupport.TestEnterprises;

/** The dashboard, the targets and the partner report screens as officers and partners use them. */
class PlanScreensTest extends KaribuTest {

    @Autowired
    vn.nscl.plan.PartnerService partnerService;

    @Autowired
    PlanTargetService plan;

    @Autowired
    TestEnterprises as;

    @Autowired
    BackgroundTasks tasks;

    @Autowired
    AnnualReportService reports;

    @Test
    void an_officer_reads_the_dashboard_and_opens_the_records_behind_a_figure() {
        signInAs("officer@example.com");
        UI.getCurrent().navigate("plan/dashboard");
        PlanDashboardView view = _get(PlanDashboardView.class);
        int targets = as.as("officer@example.com", () -> plan.targets()).size();
        assertThat(GridKt._size(view.targets)).isEqualTo(targets);
        String text = view.content.getElement().getTextRecursively();
        assertThat(text).contains("Đạt", "Có nguy cơ không đạt", "Số liệu theo xã");
        assertThat(view.legend.getElement().getTextRecursively()).as("every status explained in words")
                .contains("✓", "Đạt", "!", "Có nguy cơ không đạt", "✗", "Không đạt", "?", "Chưa có số liệu",
                        "Chưa đến kỳ");
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(view.targets))
                .mapToObj(i -> GridKt._getFormattedRow(view.targets, i).toString()))
                .as("a sign beside the colour in the year cells").anyMatch(row -> row.matches(".*[✓↗!✗?].*"));
        assertThat(view.content.getElement().toString()).contains("<svg", "Hành trình doanh nghiệp",
                "Mức trưởng thành");
        java.util.Locale locale = UI.getCurrent().getLocale();
        view.pdf.makeButton.click();
        TaskPanels.awaitEnd(view.pdf.progress);
        assertThat(view.pdf.link.isVisible()).isTrue();
        assertThat(view.pdf.link.getHref()).isNotBlank();
        assertThat(view.pdf.link.getElement().getTextRecursively()).contains("bao-cao-nam-" + view.year.getValue()
                + ".pdf");
        TaskFile made = as.as("officer@example.com", () -> tasks.result(view.pdf.progress.followed().id(),
                AnnualReportService.TASK_KIND, TaskFile.class)).orElseThrow();
        assertThat(new String(made.content(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(view.xlsx.link.isVisible()).as("nothing made yet in Excel for this year")
                .isEqualTo(as.as("officer@example.com", () -> reports.lastReport(view.year.getValue(), "xlsx",
                        locale)).isPresent());

        view.rebuildNow();
        TaskPanels.awaitEnd(view.rebuild);
        assertThat(view.rebuild.followed().state()).isEqualTo(TaskState.DONE);
        assertThat(view.rebuild.followed().total()).isEqualTo(view.rebuild.followed().done()).isPositive();

        view.year.setValue(2025);
        assertThat(view.pdf.link.isVisible()).as("the file made was for another year").isEqualTo(
                as.as("officer@example.com", () -> reports.lastReport(2025, "pdf", locale)).isPresent());
        Dialog dialog = view.recordsBehind(GridKt._get(view.targets, 0));
        assertThat(dialog.getHeaderTitle()).startsWith("T-2025-a · 2025");
        assertThat(dialog.getElement().getTextRecursively()).contains("Chuyên gia năng suất chất lượng");
        dialog.close();

        // A partner's figure behind a target: the agency by its name, not its code.
        as.run("officer@example.com", () -> partnerService.submit("SO_GDDT", 2023, java.util.Map.of("T-2030-d1",
                new java.math.BigDecimal("3")), "Báo cáo giấy năm 2023", -1));
        view.year.setValue(2023);
        var education = java.util.stream.IntStream.range(0, GridKt._size(view.targets))
                .mapToObj(i -> GridKt._get(view.targets, i)).filter(p -> p.target().code().equals("T-2030-d1"))
                .findFirst().orElseThrow();
        Dialog partnerFigures = view.recordsBehind(education);
        @SuppressWarnings("unchecked")
        var records = (com.vaadin.flow.component.grid.Grid<Object>) _get(partnerFigures,
                com.vaadin.flow.component.grid.Grid.class);
        assertThat(((com.vaadin.flow.component.html.Anchor) GridKt._getCellComponent(records, 0, "record")).getText())
                .isEqualTo("Sở Giáo dục và Đào tạo · 2023: 3");
        partnerFigures.close();
    }

    @Test
    void a_partner_sees_the_dashboard_without_the_names_behind_it() {
        signInAs("partner@example.com");
        UI.getCurrent().navigate("plan/dashboard");
        PlanDashboardView view = _get(PlanDashboardView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Mỗi ô là số thực hiện của năm")
                .doesNotContain("Bấm vào một chỉ tiêu");
        assertThat(_find(view, Button.class)).noneMatch(b -> "Cập nhật ngay".equals(b.getText()));
    }

    @Test
    void an_officer_corrects_a_target_and_a_bad_value_is_shown_at_the_field() {
        signInAs("officer@example.com");
        UI.getCurrent().navigate("plan/targets");
        PlanTargetsView view = _get(PlanTargetsView.class);
        TargetView target = as.as("officer@example.com", () -> plan.targets()).stream()
                .filter(t -> t.code().equals("T-2030-d2")).findFirst().orElseThrow();
        Dialog dialog = view.edit(target);
        BigDecimalField min = _find(dialog, BigDecimalField.class).getFirst();
        min.setValue(new BigDecimal("-3"));
        button(dialog, "Lưu").click();
        assertThat(min.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        min.setValue(new BigDecimal("2"));
        button(dialog, "Lưu").click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(as.as("officer@example.com", () -> plan.targets()).stream()
                .filter(t -> t.code().equals("T-2030-d2")).findFirst().orElseThrow().targetMin())
                .isEqualByComparingTo("2");
    }

    @Test
    void a_partner_sends_its_agencys_report_from_the_form() {
        signInAs("partner@example.com");
        UI.getCurrent().navigate("plan/partners");
        PartnerReportsView view = _get(PartnerReportsView.class);
        assertThat(view.agency.getValue().code()).isEqualTo("SO_CT");
        assertThat(view.agency.isReadOnly()).isTrue();
        view.narrative.setValue("");
        view.submit.click();
        assertThat(view.narrative.isInvalid()).isTrue();
        view.narrative.setValue("Hỗ trợ 5 cơ sở công nghiệp nông thôn áp dụng 5S.");
        view.submit.click();
        assertThat(view.form.getElement().getTextRecursively()).contains("Gửi lần cuối", "Gửi lại báo cáo");
    }

    @Test
    void an_officer_sees_which_agencies_have_not_reported() {
        signInAs("officer@example.com");
        UI.getCurrent().navigate("plan/partners");
        PartnerReportsView view = _get(PartnerReportsView.class);
        view.year.setValue(view.year.getListDataView().getItems().skip(1).findFirst().orElseThrow());
        assertThat(GridKt._size(view.status)).isEqualTo(7);
        String rows = java.util.stream.IntStream.range(0, 7).mapToObj(i -> GridKt._getFormattedRow(view.status, i)
                .toString()).reduce("", String::concat);
        assertThat(rows).contains("Chưa gửi báo cáo", "Đã gửi");
    }
}
