package vn.nscl.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.nscl.recommendation.facts.Advice;

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
    };

    private static Advice.Item tool(String code, int priority) {
        return new Advice.Item(code, false, priority, "rule " + code + " " + priority, "lý do " + code, "reason " + code);
    }

    private static Advice.Item programme(String code, int priority) {
        return new Advice.Item(code, true, priority, "rule " + code, "đủ điều kiện " + code, "eligible " + code);
    }

    @Test
    void what_is_already_held_is_never_recommended() {
        var ranked = Ranking.rank(List.of(tool("ISO_9001", 90), tool("5S", 50)), Set.of("ISO_9001"), CATALOGUE, 5);
        assertThat(ranked).extracting(Recommendation::code).containsExactly("5S");
    }

    @Test
    void one_entry_per_tool_with_the_reason_of_the_highest_priority_rule() {
        var ranked = Ranking.rank(List.of(tool("5S", 60), tool("5S", 95), tool("KPI_BSC", 80)), Set.of(), CATALOGUE, 5);
        assertThat(ranked).extracting(Recommendation::code).containsExactly("5S", "KPI_BSC");
        assertThat(ranked.getFirst().rule()).isEqualTo("rule 5S 95");
        assertThat(ranked.getFirst().priority()).isEqualTo(95);
    }

    @Test
    void a_prerequisite_comes_before_the_tool_that_needs_it_even_with_a_lower_priority() {
        var ranked = Ranking.rank(List.of(tool("TPM", 90), tool("LEAN", 85), tool("KAIZEN", 40), tool("5S", 30),
                tool("QC7", 70)), Set.of(), CATALOGUE, 10);
        List<String> order = ranked.stream().map(Recommendation::code).toList();
        assertThat(order.indexOf("5S")).isLessThan(order.indexOf("TPM"));
        assertThat(order.indexOf("5S")).isLessThan(order.indexOf("LEAN"));
        assertThat(order.indexOf("KAIZEN")).isLessThan(order.indexOf("LEAN"));
        assertThat(ranked).extracting(Recommendation::rank).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void each_tool_names_the_first_eligible_programme_that_can_fund_it() {
        var ranked = Ranking.rank(List.of(tool("5S", 90), tool("GREEN_PRODUCTIVITY", 80), tool("KPI_BSC", 70),
                programme("P7", 60), programme("P3", 80)), Set.of(), CATALOGUE, 5);
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
                tool("F", 40), tool("G", 30), programme("P3", 10)), Set.of(), CATALOGUE, 5);
        assertThat(ranked).filteredOn(Recommendation::shown).extracting(Recommendation::code)
                .containsExactly("A", "B", "C", "D", "E", "P3");
        assertThat(ranked).filteredOn(r -> !r.shown()).extracting(Recommendation::code).containsExactly("F", "G");
    }
}
