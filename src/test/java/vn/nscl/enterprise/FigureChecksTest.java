package vn.nscl.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.nscl.shared.UserFacingException.FieldProblem;

class FigureChecksTest {

    private static YearFigures of(Integer employees, String revenue, String boughtIn, String wages, String energy,
            String defectRate, String trainingHours) {
        return new YearFigures(2025, employees, dec(revenue), null, dec(boughtIn), dec(wages), null, dec(energy),
                dec(defectRate), null, dec(trainingHours), null, null);
    }

    private static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Test
    void negative_amounts_rates_above_a_hundred_and_a_future_year_are_impossible() {
        var problems = FigureChecks.impossible(new YearFigures(2030, -1, dec("-5"), null, null, null, null, null,
                dec("120"), dec("-1"), null, -3, null), 2026);
        assertThat(problems).extracting(FieldProblem::field)
                .contains("year", "employees", "revenue", "defectRate", "newProductShare", "suggestionsImplemented");
    }

    @Test
    void energy_cannot_cost_more_than_all_bought_in_goods_and_services() {
        assertThat(FigureChecks.impossible(of(10, "1000", "300", null, "400", null, null), 2026))
                .contains(new FieldProblem("energyCost", "figures.error.energy-above-bought-in"));
        assertThat(FigureChecks.impossible(of(10, "1000", null, null, "400", null, null), 2026))
                .as("checked only once both are known").isEmpty();
    }

    @Test
    void a_plausible_year_passes_without_warnings() {
        YearFigures year = of(25, "5000", "3000", "900", "300", "3", "200");
        assertThat(FigureChecks.impossible(year, 2026)).isEmpty();
        assertThat(FigureChecks.implausible(year, of(24, "4600", "2800", null, null, null, null))).isEmpty();
    }

    @Test
    void implausible_values_are_pointed_out_but_allowed() {
        YearFigures odd = of(2, "150000", "160000", "3000", null, "45", "1000");
        assertThat(FigureChecks.impossible(odd, 2026)).isEmpty();
        assertThat(FigureChecks.implausible(odd, of(2, "10000", null, null, null, null, null)))
                .extracting(FieldProblem::messageKey).contains("figures.warning.revenue-per-employee",
                        "figures.warning.negative-value-added", "figures.warning.defect-rate",
                        "figures.warning.training-hours", "figures.warning.revenue-jump");
        FieldProblem jump = FigureChecks.implausible(odd, of(2, "10000", null, null, null, null, null)).stream()
                .filter(p -> p.messageKey().equals("figures.warning.revenue-jump")).findFirst().orElseThrow();
        assertThat(new java.text.MessageFormat("{0} %", java.util.Locale.forLanguageTag("vi"))
                .format(jump.argArray())).as("written the Vietnamese way, not 1400.0").isEqualTo("1.400 %");
    }
}
