package vn.nscl.plan;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** A plan target with its actual value and status in a year, as published (no names behind it). */
public record OpenTarget(String code, String name,
        @Schema(description = "Mục của kế hoạch / Item of the plan") String source, String unit, int yearFrom,
        int yearTo, BigDecimal targetMin,
        @Schema(types = {"number", "null"}, description = "Mức trên; null khi chỉ tiêu là một mức tối thiểu / Upper "
                + "bound, null when the target is a minimum") BigDecimal targetMax,
        int year,
        @Schema(types = {"number", "null"}, description = "Giá trị thực tế trong năm; null khi chưa có số liệu / "
                + "Actual value in the year, null when not known yet") BigDecimal actual,
        TargetStatus status) {
}
