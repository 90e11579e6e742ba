package vn.nscl.rulebase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrlBracketsTest {

    private static final String RULE = """
            package rules.recommendation;

            rule "Một"
                when
                    $e : Enterprise( employees > 5, sector == "C" )
                    $q : QuestionAnswer( question == "LEAN-01", level <= 1 )
                then
                    advice.recommend(drools, "5S", 92, "Có dấu ( trong lời giải thích", "(");
            end
            """;

    @Test
    void a_balanced_file_with_brackets_in_strings_and_comments_has_no_problem() {
        assertThat(DrlBrackets.firstUnbalanced(RULE + "// ghi chú (chưa đóng\n/* ( [ { */\n")).isEmpty();
    }

    @Test
    void a_bracket_left_open_is_reported_on_its_own_line_not_where_drools_notices() {
        String broken = RULE.replace("sector == \"C\" )", "sector == \"C\"");
        assertThat(DrlBrackets.firstUnbalanced(broken)).hasValueSatisfying(problem -> {
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.vi()).contains("Thiếu dấu ')'").contains("dòng 5");
        });
    }

    @Test
    void a_bracket_closed_twice_or_by_the_wrong_kind_is_named() {
        assertThat(DrlBrackets.firstUnbalanced(RULE.replace("level <= 1 )", "level <= 1 ))")))
                .hasValueSatisfying(problem -> assertThat(problem.line()).isEqualTo(6));
        assertThat(DrlBrackets.firstUnbalanced(RULE.replace("level <= 1 )", "level <= 1 ]")))
                .hasValueSatisfying(problem -> {
                    assertThat(problem.line()).isEqualTo(6);
                    assertThat(problem.en()).contains("A ')' is missing");
                });
    }

    @Test
    void a_rule_left_open_is_caught_before_the_next_rule() {
        String two = RULE.replace("level <= 1 )", "level <= 1") + RULE.replace("package rules.recommendation;", "")
                .replace("\"Một\"", "\"Hai\"");
        assertThat(DrlBrackets.firstUnbalanced(two)).hasValueSatisfying(problem ->
                assertThat(problem.line()).isEqualTo(6));
    }
}
