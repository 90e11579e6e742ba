package vn.nscl.plan;

import java.math.BigDecimal;

/** What an officer may change in a target; the code, kind and source stay (reports and the rules refer to them). */
public record TargetEdit(String nameVi, String nameEn, String unitVi, String unitEn, int yearFrom, int yearTo,
        BigDecimal targetMin, BigDecimal targetMax, long expectedVersion) {
}
