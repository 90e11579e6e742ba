package vn.nscl.enterprise;

import java.math.BigDecimal;
import java.util.List;

import vn.nscl.reference.SectorGroup;

/**
 * Enterprise size under Decree 80/2021/NĐ-CP, art. 5: by sector group, employees, and revenue or capital. Computed,
 * never typed. UNKNOWN until the sector and the figures it needs are in the profile.
 */
public enum SizeClass {
    MICRO, SMALL, MEDIUM, LARGE, UNKNOWN;

    private static final BigDecimal BILLION = BigDecimal.valueOf(1000); // figures are in million VND

    /** The limits of one size for one sector group: employees, revenue (billion VND), capital (billion VND). */
    private record Limit(int employees, long revenueBillion, long capitalBillion) {
    }

    /** Micro, small and medium limits for agriculture, forestry, fisheries, industry and construction. */
    private static final List<Limit> AGRI_INDUSTRY_LIMITS = List.of(new Limit(10, 3, 3), new Limit(100, 50, 20),
            new Limit(200, 200, 100));
    /** The same for trade and services. */
    private static final List<Limit> TRADE_SERVICE_LIMITS = List.of(new Limit(10, 10, 3), new Limit(50, 100, 50),
            new Limit(100, 300, 100));
    private static final List<SizeClass> LIMITED_SIZES = List.of(MICRO, SMALL, MEDIUM);

    public static SizeClass of(SectorGroup group, Integer employees, BigDecimal revenueMillion,
            BigDecimal capitalMillion) {
        if (group == null || employees == null || (revenueMillion == null && capitalMillion == null)) {
            return UNKNOWN;
        }
        List<Limit> limits = group == SectorGroup.AGRI_INDUSTRY ? AGRI_INDUSTRY_LIMITS : TRADE_SERVICE_LIMITS;
        for (int i = 0; i < limits.size(); i++) {
            if (fits(limits.get(i), employees, revenueMillion, capitalMillion)) {
                return LIMITED_SIZES.get(i);
            }
        }
        return LARGE;
    }

    private static boolean fits(Limit limit, int employees, BigDecimal revenue, BigDecimal capital) {
        boolean revenueFits = revenue != null
                && revenue.compareTo(BILLION.multiply(BigDecimal.valueOf(limit.revenueBillion()))) <= 0;
        boolean capitalFits = capital != null
                && capital.compareTo(BILLION.multiply(BigDecimal.valueOf(limit.capitalBillion()))) <= 0;
        return employees <= limit.employees() && (revenueFits || capitalFits);
    }
}
