package vn.nscl.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.nscl.reference.SectorGroup;

/** Decree 80/2021/NĐ-CP, art. 5: the limits by sector group (figures in million VND). */
class SizeClassTest {

    private static SizeClass agri(int employees, Integer revenueMillion, Integer capitalMillion) {
        return SizeClass.of(SectorGroup.AGRI_INDUSTRY, employees, big(revenueMillion), big(capitalMillion));
    }

    private static SizeClass trade(int employees, Integer revenueMillion, Integer capitalMillion) {
        return SizeClass.of(SectorGroup.TRADE_SERVICE, employees, big(revenueMillion), big(capitalMillion));
    }

    private static BigDecimal big(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    @Test
    void agriculture_industry_and_construction_limits() {
        assertThat(agri(10, 3_000, null)).isEqualTo(SizeClass.MICRO);
        assertThat(agri(10, 3_001, 3_000)).as("capital alone is enough").isEqualTo(SizeClass.MICRO);
        assertThat(agri(11, 1_000, null)).isEqualTo(SizeClass.SMALL);
        assertThat(agri(100, 50_000, null)).isEqualTo(SizeClass.SMALL);
        assertThat(agri(100, 60_000, 25_000)).isEqualTo(SizeClass.MEDIUM);
        assertThat(agri(200, 200_000, null)).isEqualTo(SizeClass.MEDIUM);
        assertThat(agri(201, 1_000, 1_000)).isEqualTo(SizeClass.LARGE);
        assertThat(agri(150, 250_000, 150_000)).isEqualTo(SizeClass.LARGE);
    }

    @Test
    void trade_and_services_limits() {
        assertThat(trade(10, 10_000, null)).isEqualTo(SizeClass.MICRO);
        assertThat(trade(10, 12_000, null)).isEqualTo(SizeClass.SMALL);
        assertThat(trade(50, 100_000, null)).isEqualTo(SizeClass.SMALL);
        assertThat(trade(51, 1_000, null)).isEqualTo(SizeClass.MEDIUM);
        assertThat(trade(100, 300_000, null)).isEqualTo(SizeClass.MEDIUM);
        assertThat(trade(101, 1_000, null)).isEqualTo(SizeClass.LARGE);
    }

    @Test
    void unknown_without_sector_employees_or_money() {
        assertThat(SizeClass.of(null, 5, BigDecimal.ONE, null)).isEqualTo(SizeClass.UNKNOWN);
        assertThat(SizeClass.of(SectorGroup.AGRI_INDUSTRY, null, BigDecimal.ONE, null)).isEqualTo(SizeClass.UNKNOWN);
        assertThat(SizeClass.of(SectorGroup.AGRI_INDUSTRY, 5, null, null)).isEqualTo(SizeClass.UNKNOWN);
    }
}
