package vn.nscl.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ProductivityIndicatorsTest {

    private static YearFigures figures(int year, Integer employees, String revenue, String boughtIn, String energy) {
        return new YearFigures(year, employees, dec(revenue), null, dec(boughtIn), null, null, dec(energy), null, null,
                null, null, null);
    }

    private static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Test
    void value_added_productivity_energy_intensity_and_growth_are_derived() {
        YearFigures previous = figures(2025, 20, "4000", "2600", "250");
        YearFigures current = figures(2026, 25, "5000", "3000", "300");
        ProductivityIndicators indicators = ProductivityIndicators.of(current, previous);
        assertThat(indicators.valueAdded()).isEqualByComparingTo("2000");
        assertThat(indicators.labourProductivity()).isEqualByComparingTo("80");
        assertThat(indicators.energyPerValueAdded()).isEqualByComparingTo("150");
        assertThat(indicators.revenueGrowth()).isEqualByComparingTo("25");
        assertThat(indicators.valueAddedGrowth()).isEqualByComparingTo("42.9");
        assertThat(indicators.labourProductivityGrowth()).isEqualByComparingTo("14.3");
    }

    @Test
    void missing_inputs_and_zeros_give_no_indicator_instead_of_a_division_by_zero() {
        ProductivityIndicators none = ProductivityIndicators.of(YearFigures.empty(2026), null);
        assertThat(none.valueAdded()).isNull();
        assertThat(none.labourProductivity()).isNull();
        assertThat(none.energyPerValueAdded()).isNull();
        assertThat(none.revenueGrowth()).isNull();

        ProductivityIndicators zeros = ProductivityIndicators.of(figures(2026, 0, "0", "0", "0"),
                figures(2025, 0, "0", "0", "0"));
        assertThat(zeros.valueAdded()).isEqualByComparingTo("0");
        assertThat(zeros.labourProductivity()).isNull();
        assertThat(zeros.energyPerValueAdded()).isNull();
        assertThat(zeros.revenueGrowth()).isNull();
    }
}
