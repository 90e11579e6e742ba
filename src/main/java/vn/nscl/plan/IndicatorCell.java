package vn.nscl.plan;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One cell of the open indicators: enterprises assessed in a year (in a commune and/or sector when grouped so), their
 * average index and the share at maturity level 3 or more. A cell of fewer than {@link OpenDataService#MIN_CELL}
 * enterprises, or one that would let such a cell be worked out from the total, is suppressed: its figures are
 * withheld, so no single enterprise can be recognised.
 */
public record IndicatorCell(@Schema(description = "Năm / Year") int year,
        @Schema(types = {"string", "null"}, description = "Mã xã (null khi không nhóm theo xã) / Commune code, null "
                + "unless grouped by commune") String commune,
        @Schema(types = {"string", "null"}, description = "Tên xã / Commune name, null unless grouped by commune")
        String communeName,
        @Schema(types = {"string", "null"}, description = "Ngành / Sector, null unless grouped by sector") String sector,
        @Schema(types = {"integer", "null"}, format = "int32", description = "Số đơn vị được đánh giá; null khi ô bị "
                + "ẩn / Enterprises assessed, null when suppressed") Integer enterprises,
        @Schema(types = {"number", "null"}, description = "Điểm trung bình 0–100; null khi ô bị ẩn / Average index "
                + "0–100, null when suppressed or not scored") BigDecimal averageScore,
        @Schema(types = {"number", "null"}, description = "Tỷ lệ % đạt mức 3 trở lên; null khi ô bị ẩn / Share in % "
                + "at maturity level 3+, null when suppressed or not scored") BigDecimal matureShare,
        @Schema(description = "Ô bị ẩn vì dưới 5 đơn vị / Suppressed: fewer than 5 enterprises") boolean suppressed) {
}
