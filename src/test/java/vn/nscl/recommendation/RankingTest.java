package vn.nscl.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.nscl.recommendation.facts.Advice;
import vn.nscl.reference.Activity;

class RankingTest {

    private static final Ranking.CatalogueView CATALOGUE = new Ranking.CatalogueView() {
        private final Map<String, List<String>> prerequisites = Map.of("TPM", List.of("5S"), "LEAN", List.of("5S", "KAIZEN"));
        private final Map<String, List<String>> funds = Map.of("P3", List.of("5S", "TPM", "ISO_9001"), "P7",
                List.of("GREEN_PRODUCTIVITY"));

        @Override
        public List<String> prerequisites(String toolCode) {
            return prerequisites.getOrDefault(toolCode, List.of());
        }

        @Override
        public List<String> funds(String programmeCode) {
            return funds.getOrDefault(programmeCode, List.of());
        }

        @Override
        public boolean fits(String toolCode, Ranking.Enterprise enterprise) {
            return !toolCode.equals("VIETGAP") || enterprise.activities().contains(Activity.CROPS);
        }

        @Override
        public int order(String toolCode) {
            return List.of("5S", "KAIZEN", "TPM", "LEAN", "QC7", "KPI_BSC", "ISO_9001").indexOf(toolCode) & 0xff;
        }
    };

    private static Ranking.Enterprise holding(String... held) {
        return new Ranking.Enterprise(Set.of(Activity.MANUFACTURING), "ENTERPRISE", 30, Set.of(held));
    }

    private static Advice.Item tool(String code, int priority) {
        return new Advice.Item(code, false, priority, "rule " + code + " " + priority, "lý do " + code, "reason " + code);
    }

    private static Advice.Item programme(String code, int priority) {
        return new Advice.Item(code, true, priority, "rule " + code, "đủ điều kiện " + code, "eligible " + code);
    }

    @Test
    void what_is_already_held_is_never_recommended() {
        var ranked = Ranking.rank(List.of(tool("ISO_9001", 90), tool("5S", 50)), holding("ISO_9001"), CATALOGUE, 5);
        assertThat(ranked).extracting(Recommendation::code).containsExactly("5S");
    }

    @Test
    void one_entry_per_tool_with_the_reason_of_the_highest_priority_rule() {
        var ranked = Ranking.rank(List.of(tool("5S", 60), tool("5S", 95), tool("KPI_BSC", 80)), holding(), CATALOGUE, 5);
        assertThat(ranked).extracting(Recommendation::code).containsExactly("5S", "KPI_BSC");
        assertThat(ranked.getFirst().rule()).isEqualTo("rule 5S 95");
        assertThat(ranked.getFirst().priority()).isEqualTo(95 + Ranking.AGREEMENT_BONUS);
    }

    @Test
    void a_tool_whose_prerequisite_is_lacking_is_the_step_after_next_and_loses_value() {
        var ranked = Ranking.rank(List.of(tool("TPM", 90), tool("5S", 88), tool("QC7", 85)), holding(), CATALOGUE, 10);
        assertThat(ranked).extracting(Recommendation::code).containsExactly("5S", "QC7", "TPM");
        assertThat(ranked.getLast().priority()).isEqualTo(90 - Ranking.PREREQUISITE_MISSING);
        var with5SDone = Ranking.rank(List.of(tool("TPM", 90), tool("QC7", 84)), holding("5S"), CATALOGUE, 10);
        assertThat(with5SDone).extracting(Recommendation::code).containsExactly("TPM", "QC7");
    }

    @Test
    void several_rules_agreeing_raise_a_tool_and_ties_follow_the_catalogue_not_the_alphabet() {
        var ranked = Ranking.rank(List.of(tool("QC7", 70), new Advice.Item("QC7", false, 68, "another rule", "x", "x"),
                tool("KPI_BSC", 72), tool("5S", 70), tool("KAIZEN", 70)), holding("5S"), CATALOGUE, 10);
        assertThat(ranked).extracting(Recommendation::code).containsExactly("QC7", "KPI_BSC", "KAIZEN");
        assertThat(ranked.getFirst().priority()).isEqualTo(70 + Ranking.AGREEMENT_BONUS);
        var tied = Ranking.rank(List.of(tool("KPI_BSC", 70), tool("KAIZEN", 70), tool("ISO_9001", 70)), holding("5S"),
                CATALOGUE, 10);
        assertThat(tied).extracting(Recommendation::code).containsExactly("KAIZEN", "KPI_BSC", "ISO_9001");
    }

    @Test
    void what_the_catalogue_says_is_not_for_such_an_enterprise_is_never_recommended() {
        var ranked = Ranking.rank(List.of(tool("VIETGAP", 95), tool("5S", 60)), holding(), CATALOGUE, 5);
        assertThat(ranked).extracting(Recommendation::code).containsExactly("5S");
    }

    @Test
    void reasons_start_with_a_capital_letter() {
        var ranked = Ranking.rank(List.of(new Advice.Item("5S", false, 90, "r", "hợp tác xã chưa làm 5S",
                "a cooperative without 5S")), holding(), CATALOGUE, 5);
        assertThat(ranked.getFirst().reasonVi()).startsWith("Hợp tác xã");
        assertThat(ranked.getFirst().reasonEn()).startsWith("A cooperative");
    }

    @Test
    void each_tool_names_the_first_eligible_programme_that_can_fund_it() {
        var ranked = Ranking.rank(List.of(tool("5S", 90), tool("GREEN_PRODUCTIVITY", 80), tool("KPI_BSC", 70),
                programme("P7", 60), programme("P3", 80)), holding(), CATALOGUE, 5);
        assertThat(ranked).filteredOn(r -> r.code().equals("5S")).extracting(Recommendation::fundingProgramme)
                .containsExactly("P3");
        assertThat(ranked).filteredOn(r -> r.code().equals("GREEN_PRODUCTIVITY"))
                .extracting(Recommendation::fundingProgramme).containsExactly("P7");
        assertThat(ranked).filteredOn(r -> r.code().equals("KPI_BSC")).extracting(Recommendation::fundingProgramme)
                .containsOnlyNulls();
        assertThat(ranked).filteredOn(Recommendation::programme).extracting(Recommendation::code)
                .containsExactly("P3", "P7");
    }

    @Test
    void only_the_first_tools_are_shown_the_rest_on_request_and_programmes_always() {
        var ranked = Ranking.rank(List.of(tool("A", 90), tool("B", 80), tool("C", 70), tool("D", 60), tool("E", 50),
                tool("F", 40), tool("G", 30), programme("P3", 10)), holding(), CATALOGUE, 5);
        assertThat(ranked).filteredOn(Recommendation::shown).extracting(Recommendation::code)
                .containsExactly("A", "B", "C", "D", "E", "P3");
        assertThat(ranked).filteredOn(r -> !r.shown()).extracting(Recommendation::code).containsExactly("F", "G");
    }
}
