package vn.nscl.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Actual values and statuses counted by hand. */
class TargetMathTest {

    static final LocalDate MID_2026 = LocalDate.of(2026, 7, 2);

    static PlanEvent event(String key, String group, int year, int month) {
        return new PlanEvent(key, group, LocalDate.of(year, month, 1), key, "x");
    }

    @Test
    void cumulative_counts_each_record_once_from_the_first_year_of_the_period() {
        List<PlanEvent> events = List.of(event("a", null, 2021, 3), event("b", null, 2023, 5), event("a", null, 2024, 1),
                event("c", null, 2026, 2), event("old", null, 2020, 6));
        Map<Integer, BigDecimal> actual = TargetMath.fromEvents(TargetKind.CUMULATIVE, 2021, events, MID_2026);
        assertThat(actual.get(2021)).isEqualByComparingTo("1");
        assertThat(actual.get(2022)).isEqualByComparingTo("1");
        assertThat(actual.get(2023)).isEqualByComparingTo("2");
        assertThat(actual.get(2024)).as("a again: still two").isEqualByComparingTo("2");
        assertThat(actual.get(2026)).isEqualByComparingTo("3");
        assertThat(actual).as("no value for years to come").doesNotContainKey(2027);
    }

    @Test
    void yearly_counts_distinct_records_in_each_year_and_growth_compares_with_the_year_before() {
        List<PlanEvent> events = List.of(event("a", null, 2024, 3), event("b", null, 2024, 5), event("a", null, 2024, 9),
                event("a", null, 2025, 1), event("b", null, 2025, 2), event("c", null, 2025, 4),
                event("d", null, 2025, 5), event("e", null, 2025, 6));
        Map<Integer, BigDecimal> yearly = TargetMath.fromEvents(TargetKind.YEARLY, 2021, events, MID_2026);
        assertThat(yearly.get(2024)).isEqualByComparingTo("2");
        assertThat(yearly.get(2025)).isEqualByComparingTo("5");
        Map<Integer, BigDecimal> growth = TargetMath.fromEvents(TargetKind.GROWTH, 2021, events, MID_2026);
        assertThat(growth.get(2025)).as("2 → 5: +150 %").isEqualByComparingTo("150.0");
        assertThat(growth.get(2024)).as("nothing in 2023 to grow from").isNull();
    }

    @Test
    void average_is_records_per_group_so_far() {
        List<PlanEvent> events = List.of(event("1/An", "e1", 2024, 3), event("1/Bình", "e1", 2024, 3),
                event("1/Chi", "e1", 2025, 3), event("2/Dũng", "e2", 2025, 4));
        Map<Integer, BigDecimal> average = TargetMath.fromEvents(TargetKind.AVERAGE, 2021, events, MID_2026);
        assertThat(average.get(2023)).isNull();
        assertThat(average.get(2024)).isEqualByComparingTo("2.0");
        assertThat(average.get(2025)).as("4 people, 2 enterprises").isEqualByComparingTo("2.0");
    }

    @Test
    void partner_figures_add_up_for_cumulative_targets_and_stand_alone_for_yearly_ones() {
        Map<Integer, BigDecimal> figures = Map.of(2022, new BigDecimal("2"), 2023, new BigDecimal("3"),
                2025, new BigDecimal("4"));
        Map<Integer, BigDecimal> cumulative = TargetMath.fromFigures(TargetKind.CUMULATIVE, 2022, figures, MID_2026);
        assertThat(cumulative.get(2021)).isNull();
        assertThat(cumulative.get(2023)).isEqualByComparingTo("5");
        assertThat(cumulative.get(2024)).isEqualByComparingTo("5");
        assertThat(cumulative.get(2025)).isEqualByComparingTo("9");
        Map<Integer, BigDecimal> yearly = TargetMath.fromFigures(TargetKind.YEARLY, 2022, figures, MID_2026);
        assertThat(yearly.get(2024)).as("not reported").isNull();
        assertThat(yearly.get(2025)).isEqualByComparingTo("4");
    }

    @Test
    void a_certificate_counts_only_while_it_is_valid_and_a_closed_year_keeps_its_count() {
        List<PlanEvent> events = List.of(
                new PlanEvent("x1", null, LocalDate.of(2022, 3, 1), LocalDate.of(2024, 6, 30), "x1", "l"),
                new PlanEvent("x2", null, LocalDate.of(2023, 3, 1), null, "x2", "l"),
                new PlanEvent("x3", null, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 12, 31), "x3", "l"));
        Map<Integer, BigDecimal> actual = TargetMath.fromEvents(TargetKind.CUMULATIVE, 2021, events, MID_2026);
        assertThat(actual.get(2022)).isEqualByComparingTo("1");
        assertThat(actual.get(2023)).isEqualByComparingTo("2");
        assertThat(actual.get(2024)).as("x1 expired during 2024").isEqualByComparingTo("1");
        assertThat(actual.get(2025)).isEqualByComparingTo("2");
        assertThat(actual.get(2026)).as("x3 still valid today").isEqualByComparingTo("2");
    }

    @Test
    void a_partners_yearly_figure_is_a_whole_year_and_is_never_projected() {
        Map<Integer, BigDecimal> growth = TargetMath.fromFigures(TargetKind.GROWTH, 2026,
                Map.of(2025, BigDecimal.TEN, 2026, new BigDecimal("11")), MID_2026);
        assertThat(growth.get(2026)).isEqualByComparingTo("10.0");
    }

    @Test
    void status_follows_the_pace_to_the_period_end() {
        BigDecimal ten = BigDecimal.TEN;
        // 2021–2030, 10 to reach: by mid-2026 the pace asks for 5.5
        assertThat(TargetMath.status(TargetKind.CUMULATIVE, 2021, 2030, ten, new BigDecimal("6"), 2026, MID_2026))
                .isEqualTo(TargetStatus.ON_TRACK);
        assertThat(TargetMath.status(TargetKind.CUMULATIVE, 2021, 2030, ten, new BigDecimal("5"), 2026, MID_2026))
                .isEqualTo(TargetStatus.AT_RISK);
        assertThat(TargetMath.status(TargetKind.CUMULATIVE, 2021, 2030, ten, ten, 2026, MID_2026))
                .isEqualTo(TargetStatus.ACHIEVED);
        assertThat(TargetMath.status(TargetKind.CUMULATIVE, 2021, 2025, ten, new BigDecimal("9"), 2025, MID_2026))
                .as("the period is over").isEqualTo(TargetStatus.NOT_ACHIEVED);
        assertThat(TargetMath.status(TargetKind.CUMULATIVE, 2021, 2025, ten, ten, 2026, MID_2026))
                .isEqualTo(TargetStatus.OUT_OF_PERIOD);
        assertThat(TargetMath.status(TargetKind.CUMULATIVE, 2021, 2030, ten, null, 2027, MID_2026))
                .isEqualTo(TargetStatus.NOT_STARTED);
        assertThat(TargetMath.status(TargetKind.CUMULATIVE, 2021, 2030, ten, null, 2026, MID_2026))
                .isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void a_yearly_target_is_judged_pro_rata_in_the_running_year_and_fully_after() {
        BigDecimal two = new BigDecimal("2");
        assertThat(TargetMath.status(TargetKind.YEARLY, 2021, 2030, two, BigDecimal.ONE, 2026, MID_2026))
                .as("half the year, half the target").isEqualTo(TargetStatus.ON_TRACK);
        assertThat(TargetMath.status(TargetKind.YEARLY, 2021, 2030, two, BigDecimal.ZERO, 2026, MID_2026))
                .isEqualTo(TargetStatus.AT_RISK);
        assertThat(TargetMath.status(TargetKind.YEARLY, 2021, 2030, two, BigDecimal.ONE, 2025, MID_2026))
                .isEqualTo(TargetStatus.NOT_ACHIEVED);
        assertThat(TargetMath.status(TargetKind.GROWTH, 2026, 2030, BigDecimal.TEN, new BigDecimal("12"), 2026,
                MID_2026)).as("a projection is never 'achieved' before the year ends").isEqualTo(TargetStatus.ON_TRACK);
    }

    @Test
    void entered_figures_stand_for_their_years_and_a_cumulative_target_counts_on_from_the_latest() {
        Map<Integer, BigDecimal> computed = new java.util.LinkedHashMap<>();
        for (int year = 2021; year <= 2026; year++) {
            computed.put(year, BigDecimal.valueOf(year >= 2026 ? 2 : 0)); // the platform's records start in 2026
        }
        Map<Integer, BigDecimal> entered = Map.of(2023, new BigDecimal("4"), 2025, new BigDecimal("7"));
        Map<Integer, BigDecimal> cumulative = TargetMath.withEntered(TargetKind.CUMULATIVE, computed, entered);
        assertThat(cumulative.get(2022)).as("before any entered year: as recorded").isEqualByComparingTo("0");
        assertThat(cumulative.get(2023)).isEqualByComparingTo("4");
        assertThat(cumulative.get(2024)).as("counting on from 2023").isEqualByComparingTo("4");
        assertThat(cumulative.get(2025)).isEqualByComparingTo("7");
        assertThat(cumulative.get(2026)).as("7 before the platform + 2 on it").isEqualByComparingTo("9");
        Map<Integer, BigDecimal> yearly = TargetMath.withEntered(TargetKind.YEARLY, computed, entered);
        assertThat(yearly.get(2024)).as("a yearly figure stands alone").isEqualByComparingTo("0");
        assertThat(yearly.get(2026)).isEqualByComparingTo("2");
    }
}
