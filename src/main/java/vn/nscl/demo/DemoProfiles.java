package vn.nscl.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import vn.nscl.reference.Activity;
import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.enterprise.ProfileUpdate;
import vn.nscl.enterprise.YearFigures;

/**
 * Fills the demo enterprises' profiles as each enterprise would: sector and products, OCOP products and certificates
 * ({@code demo/profile-extras.csv}), and plausible figures for 2023 to this year derived from the size and growth in
 * {@code demo/enterprises.csv}.
 */
@Component
class DemoProfiles {

    static final int FIRST_YEAR = 2023;

    private final ActingAs acting;
    private final EnterpriseService enterprises;
    private final EnterpriseProfileService profiles;

    DemoProfiles(ActingAs acting, EnterpriseService enterprises, EnterpriseProfileService profiles) {
        this.acting = acting;
        this.enterprises = enterprises;
        this.profiles = profiles;
    }

    void load(List<CSVRecord> rows, int currentYear) {
        for (CSVRecord row : rows) {
            acting.account(row.get("email"), () -> {
                EnterpriseSummary mine = enterprises.mine().orElseThrow();
                EnterpriseProfile profile = profiles.profile(mine.id());
                profiles.updateProfile(mine.id(), new ProfileUpdate(mine.communeCode(), row.get("sector"),
                        row.get("main_products"), Boolean.parseBoolean(row.get("food_producer")),
                        Activity.guess(row.get("sector"), row.get("main_products"),
                                Boolean.parseBoolean(row.get("food_producer"))),
                        Integer.parseInt(row.get("employees")) > 20 ? 2 : 0, "", profile.details().version()));
                for (int year = FIRST_YEAR; year <= currentYear; year++) {
                    profiles.saveFigures(mine.id(), figures(row, year));
                }
                return null;
            });
        }
        for (CSVRecord extra : DemoCsv.read("profile-extras.csv")) {
            acting.account(extra.get("email"), () -> {
                long id = enterprises.mine().orElseThrow().id();
                if ("OCOP".equals(extra.get("kind"))) {
                    profiles.addOcopProduct(id, extra.get("code_or_name"), Integer.parseInt(extra.get("stars_or_number")),
                            Integer.parseInt(extra.get("year_or_expiry")));
                } else {
                    profiles.addCertification(id, extra.get("code_or_name"), extra.get("stars_or_number"),
                            extra.get("issued_by"), LocalDate.parse(extra.get("year_or_expiry")));
                }
                return null;
            });
        }
    }

    /** A year's figures grown or shrunk from the 2025 revenue at the enterprise's growth rate. */
    static YearFigures figures(CSVRecord row, int year) {
        int employees = Integer.parseInt(row.get("employees"));
        double growth = Double.parseDouble(row.get("growth_percent")) / 100.0;
        double revenue = Double.parseDouble(row.get("revenue_2025")) * Math.pow(1 + growth, year - 2025);
        int staff = Math.max(1, (int) Math.round(employees * Math.pow(1 + growth / 3, year - 2025)));
        double shift = (Math.floorMod(row.get("code").hashCode() + year, 7) - 3) / 100.0;
        return new YearFigures(year, staff, money(revenue), money(revenue * 0.9), money(revenue * (0.62 + shift)),
                money(revenue * 0.17), money(revenue * 0.04), money(revenue * 0.07),
                BigDecimal.valueOf(2.0 + Math.floorMod(year * 3 + staff, 5)).setScale(1, RoundingMode.HALF_UP),
                BigDecimal.valueOf(4 + Math.floorMod(staff + year, 12)), BigDecimal.valueOf(staff * 12L),
                Math.max(0, staff / 5 + (year - FIRST_YEAR)), null);
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
