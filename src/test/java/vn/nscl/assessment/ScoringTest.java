package vn.nscl.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.nscl.shared.LocalizedText;

class ScoringTest {

    private static final LocalizedText T = new LocalizedText("x", "x");
    private static final List<LocalizedText> LEVELS = List.of(T, T, T, T, T);

    private static Dimension dimension(String code, int questions) {
        List<Question> list = new java.util.ArrayList<>();
        for (int i = 1; i <= questions; i++) {
            list.add(new Question(code + "-0" + i, false, true, T, null, LEVELS));
        }
        return new Dimension(code, T, T, List.of(), list);
    }

    private static Map<String, Answer> answers(Answer... answers) {
        Map<String, Answer> map = new HashMap<>();
        for (Answer answer : answers) {
            map.put(answer.questionCode(), answer);
        }
        return map;
    }

    @Test
    void a_dimension_scores_its_mean_level_over_four_times_a_hundred() {
        ScoreCard card = Scoring.score(List.of(dimension("LEAN", 3)),
                answers(Answer.level("LEAN-01", 1), Answer.level("LEAN-02", 2), Answer.level("LEAN-03", 4)));
        assertThat(card.dimension("LEAN").orElseThrow().score()).isEqualByComparingTo("58.3");
        assertThat(card.dimension("LEAN").orElseThrow().answered()).isEqualTo(3);
        assertThat(card.overall()).isEqualByComparingTo("58.3");
        assertThat(card.maturityLevel()).isEqualTo(2);
    }

    @Test
    void all_zeros_score_zero_at_maturity_level_zero() {
        ScoreCard card = Scoring.score(List.of(dimension("LEAD", 2), dimension("QMS", 2)),
                answers(Answer.level("LEAD-01", 0), Answer.level("LEAD-02", 0), Answer.level("QMS-01", 0),
                        Answer.level("QMS-02", 0)));
        assertThat(card.dimensions()).extracting(DimensionScore::score)
                .allSatisfy(score -> assertThat(score).isEqualByComparingTo(BigDecimal.ZERO));
        assertThat(card.overall()).isEqualByComparingTo("0");
        assertThat(card.maturityLevel()).isZero();
    }

    @Test
    void all_fours_score_a_hundred_at_level_four() {
        ScoreCard card = Scoring.score(List.of(dimension("LEAD", 2)),
                answers(Answer.level("LEAD-01", 4), Answer.level("LEAD-02", 4)));
        assertThat(card.overall()).isEqualByComparingTo("100");
        assertThat(card.maturityLevel()).isEqualTo(4);
    }

    @Test
    void unanswered_and_not_applicable_questions_do_not_count() {
        ScoreCard card = Scoring.score(List.of(dimension("DIGI", 4)),
                answers(Answer.level("DIGI-01", 3), Answer.notApplicable("DIGI-02")));
        DimensionScore digi = card.dimension("DIGI").orElseThrow();
        assertThat(digi.score()).isEqualByComparingTo("75");
        assertThat(digi.answered()).isEqualTo(1);
        assertThat(digi.asked()).isEqualTo(4);
    }

    @Test
    void a_dimension_without_a_scored_answer_has_no_score_and_does_not_weigh_on_the_overall_index() {
        ScoreCard card = Scoring.score(List.of(dimension("AGRI", 2), dimension("LEAN", 1)),
                answers(Answer.notApplicable("AGRI-01"), Answer.level("LEAN-01", 2)));
        assertThat(card.dimension("AGRI")).isEmpty();
        assertThat(card.overall()).isEqualByComparingTo("50");
    }

    @Test
    void nothing_scored_gives_no_overall_index_and_no_level() {
        ScoreCard card = Scoring.score(List.of(dimension("LEAN", 2)), Map.of());
        assertThat(card.dimensions()).isEmpty();
        assertThat(card.overall()).isNull();
        assertThat(card.maturityLevel()).isNull();
    }

    @Test
    void the_overall_index_is_the_mean_of_unrounded_dimension_scores_and_the_level_rounds_half_up() {
        // LEAD 1/3 of 4 levels -> 8.333…; QMS 2 -> 50; mean 29.1666… -> 29.2, level round(1.1666) = 1
        ScoreCard card = Scoring.score(List.of(dimension("LEAD", 3), dimension("QMS", 1)),
                answers(Answer.level("LEAD-01", 1), Answer.level("LEAD-02", 0), Answer.level("LEAD-03", 0),
                        Answer.level("QMS-01", 2)));
        assertThat(card.overall()).isEqualByComparingTo("29.2");
        assertThat(card.maturityLevel()).isEqualTo(1);
        // mean level exactly 2.5 (62.5) rounds up to level 3
        ScoreCard half = Scoring.score(List.of(dimension("LEAN", 2)),
                answers(Answer.level("LEAN-01", 2), Answer.level("LEAN-02", 3)));
        assertThat(half.overall()).isEqualByComparingTo("62.5");
        assertThat(half.maturityLevel()).isEqualTo(3);
    }
}
