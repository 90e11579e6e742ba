package vn.nscl.recommendation.facts;

import java.util.Locale;

/**
 * The score of one dimension (LEAD, QMS, LEAN, INNO, DIGI, TRACE, GREEN, PEOPLE, AGRI, FOOD): {@code score} 0–100
 * and {@code level} 0–4 (the mean answer).
 */
public class DimensionScore {

    private final String dimension;
    private final double score;

    public DimensionScore(String dimension, double score) {
        this.dimension = dimension;
        this.score = score;
    }

    public String getDimension() {
        return dimension;
    }

    public double getScore() {
        return score;
    }

    public double getLevel() {
        return score / 25.0;
    }

    /** "1,5" — the level written the Vietnamese way, for reasons. */
    public String levelVi() {
        return String.format(Locale.forLanguageTag("vi"), "%.1f", getLevel());
    }

    public String levelEn() {
        return String.format(Locale.ENGLISH, "%.1f", getLevel());
    }
}
