package vn.nscl.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scoring rules, in one place: a dimension's score is its mean answered level ÷ 4 × 100; questions left
 * unanswered or answered "not applicable" do not count; a dimension with no scored answer has no score; the overall
 * index is the mean of the dimension scores; the maturity level is the overall index ÷ 25, rounded half up (so it is
 * the level nearest the average answer). Scores are rounded to one decimal at the end only.
 */
public final class Scoring {

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);
    private static final MathContext PRECISE = MathContext.DECIMAL64;

    private Scoring() {
    }

    public static ScoreCard score(List<Dimension> asked, Map<String, Answer> answers) {
        List<DimensionScore> scores = new ArrayList<>();
        BigDecimal sumOfExactScores = BigDecimal.ZERO;
        for (Dimension dimension : asked) {
            int answered = 0;
            int levelSum = 0;
            for (Question question : dimension.questions()) {
                Answer answer = answers.get(question.code());
                if (answer != null && answer.level() != null) {
                    answered++;
                    levelSum += answer.level();
                }
            }
            if (answered == 0) {
                continue;
            }
            BigDecimal exact = BigDecimal.valueOf(levelSum).multiply(HUNDRED)
                    .divide(FOUR.multiply(BigDecimal.valueOf(answered)), PRECISE);
            sumOfExactScores = sumOfExactScores.add(exact);
            scores.add(new DimensionScore(dimension.code(), exact.setScale(1, RoundingMode.HALF_UP), answered,
                    dimension.questions().size()));
        }
        if (scores.isEmpty()) {
            return new ScoreCard(List.of(), null, null);
        }
        BigDecimal overall = sumOfExactScores.divide(BigDecimal.valueOf(scores.size()), PRECISE);
        int maturity = overall.divide(TWENTY_FIVE, 0, RoundingMode.HALF_UP).intValueExact();
        return new ScoreCard(List.copyOf(scores), overall.setScale(1, RoundingMode.HALF_UP), maturity);
    }
}
