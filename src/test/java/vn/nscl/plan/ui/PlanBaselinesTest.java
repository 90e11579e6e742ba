package vn.nscl.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import vn.nscl.plan.PlanBaselines;
import vn.nscl.plan.PlanTargetService;
import vn.nscl.plan.TargetProgress;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TestEnterprises;

/**
 * The years before the platform: an officer enters a target's figure from the Department's records; it is the
 * year's actual (a cumulative target counts on from it), marked as entered, audited with before and after.
 */
class PlanBaselinesTest extends KaribuTest {

    static final String OFFICER = "officer@example.com";
    static final String TARGET = "T-2025-d2"; // pilot projects 2021-2025, cumulative, at least 3

    @Autowired
    PlanBaselines baselines;

    @Autowired
    PlanTargetService plan;

    @Autowired
    TestEnterprises as;

    @Autowired
    JdbcTemplate jdbc;

    TargetProgress progress() {
        return as.as(OFFICER, () -> plan.progress()).stream().filter(p -> p.target().code().equals(TARGET))
                .findFirst().orElseThrow();
    }

    @Test
    void an_officer_enters_a_year_before_the_platform_and_it_counts_marked_as_entered() {
        try {
            assertThatThrownBy(() -> as.run(OFFICER, () -> baselines.enter(TARGET, 2026, new BigDecimal("-1"), "")))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldProblems())
                            .extracting(FieldProblem::field).containsExactlyInAnyOrder("year", "amount", "note"));
            assertThatThrownBy(() -> as.run("enterprise@example.com", () -> baselines.enter(TARGET, 2022,
                    BigDecimal.ONE, "x"))).isInstanceOf(AccessDeniedException.class);
            BigDecimal computed2023 = progress().actualIn(2023);

            signInAs(OFFICER);
            UI.getCurrent().navigate("plan/dashboard");
            PlanDashboardView view = _get(PlanDashboardView.class);
            view.year.setValue(2022);
            TargetProgress row = java.util.stream.IntStream.range(0, GridKt._size(view.targets))
                    .mapToObj(i -> GridKt._get(view.targets, i)).filter(p -> p.target().code().equals(TARGET))
                    .findFirst().orElseThrow();
            Dialog dialog = view.recordsBehind(row);
            _get(dialog, BigDecimalField.class).setValue(new BigDecimal("2"));
            button(dialog, "Lưu số liệu").click();
            assertThat(_get(dialog, TextField.class).isInvalid()).as("where the figure comes from").isTrue();
            _get(dialog, TextField.class).setValue("Báo cáo số 15/BC-SKHCN năm 2022");
            button(dialog, "Lưu số liệu").click();
            assertThat(dialog.isOpened()).isFalse();

            TargetProgress entered = progress();
            assertThat(entered.actualIn(2022)).isEqualByComparingTo("2");
            assertThat(entered.enteredIn(2022)).isTrue();
            assertThat(entered.actualIn(2023)).as("a cumulative target counts on from the entered figure")
                    .isEqualByComparingTo(new BigDecimal("2").add(computed2023 == null ? BigDecimal.ZERO
                            : computed2023.subtract(java.util.Objects.requireNonNullElse(row.actualIn(2022),
                                    BigDecimal.ZERO)).max(BigDecimal.ZERO)));
            assertThat(GridKt._getFormattedRow(view.targets, GridKt._findAll(view.targets).indexOf(
                    GridKt._findAll(view.targets).stream().filter(p -> p.target().code().equals(TARGET)).findFirst()
                            .orElseThrow())).toString()).contains("2 ✎");
            assertThat(view.legend.getElement().getTextRecursively()).contains("✎", "Số liệu do Sở nhập");
            assertThat(jdbc.queryForObject("select details from audit_event where action = 'BASELINE_ENTERED' "
                    + "order by id desc limit 1", String.class))
                    .isEqualTo("2022: – → 2 (Báo cáo số 15/BC-SKHCN năm 2022)");

            as.run(OFFICER, () -> baselines.enter(TARGET, 2022, null, ""));
            assertThat(progress().enteredIn(2022)).as("taken away again").isFalse();
        } finally {
            as.run(OFFICER, () -> baselines.enter(TARGET, 2022, null, ""));
        }
    }
}
