package vn.nscl.plan;

import java.math.BigDecimal;

/** A support programme's year: applications submitted, approved, and the support approved (million VND). */
public record ProgrammeResult(String code, String name, long submitted, long approved, BigDecimal approvedAmount) {
}
