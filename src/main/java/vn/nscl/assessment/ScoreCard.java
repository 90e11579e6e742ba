package vn.nscl.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The scores of an assessment: one per dimension that has at least one answered question, the overall index (mean
 * of the dimension scores, 0–100) and the maturity level 0–4 it corresponds to. Both are null when nothing is
 * scored.
 */
public record ScoreCard(List<DimensionScore> dimensions, BigDecimal overall, Integer maturityLevel) {

    public Optional<DimensionScore> dimension(String code) {
        return dimensions.stream().filter(d -> d.dimension().equals(code)).findFirst();
    }
}
