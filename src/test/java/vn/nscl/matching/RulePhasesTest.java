package vn.nscl.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.nscl.expert.Competence;
import vn.nscl.expert.ExpertCandidate;
import vn.nscl.expert.Language;
import vn.nscl.rulebase.RuleBaseBuilder;
import vn.nscl.rulebase.ShippedRules;
import vn.nscl.testsupport.TestRuleTexts;

/**
 * Matching runs the rules that do not read the request once per pool and, per request, only the others over the
 * most promising experts ({@link RulePhases}, {@link PoolScores}). These tests hold that to its promise: the same
 * experts, scores, explanations and exclusions as every rule over every expert in one session, for the shipped rules
 * and for rules DOST might add, over generated pools; and no split where it could change a result.
 */
class RulePhasesTest {

    private static final String ITEM = "LEAN";
    private static final String[] COMMUNES = new String[40];
    private static final String HEADER = """
            package rules.matching;

            import vn.nscl.matching.facts.*;

            global Ranking ranking;
            global Settings settings;

            """;

    static {
        for (int i = 0; i < COMMUNES.length; i++) {
            COMMUNES[i] = String.valueOf(19000 + i * 9);
        }
    }

    @Test
    void in_the_shipped_rules_standing_is_settled_per_pool_and_place_sector_language_per_request() {
        RulePhases phases = RulePhases.of(MatcherTest.SHIPPED_RULES.sources());

        assertThat(phases.split()).isTrue();
        assertThat(phases.narrowing()).isTrue();
        assertThat(phases.requestComponents()).containsExactlyInAnyOrder(ScoreComponent.SECTOR,
                ScoreComponent.LOCATION, ScoreComponent.LANGUAGE);
        assertThat(phases.perRequestRules()).contains("Loại: xung đột lợi ích với doanh nghiệp",
                "Loại: đã từ chối hoặc để quá hạn yêu cầu này", "Ngành: chưa rõ ngành của doanh nghiệp")
                .doesNotContain("Loại: chuyên gia đang tạm nghỉ", "Loại: hết chỗ nhận việc",
                        "Năng lực: mức và số năm kinh nghiệm", "Đánh giá: điểm trung bình của các doanh nghiệp");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void the_shipped_rules_rank_as_if_every_rule_ran_over_every_expert(long seed) {
        compareWithUnsplit(MatcherTest.SHIPPED_RULES, seed);
    }

    @Test
    void a_rule_dost_adds_that_scores_standing_from_the_request_is_run_per_request_and_ranks_the_same() {
        RuleBaseBuilder.Built built = withFile("""
                rule "Đánh giá: doanh nghiệp cần tiếng Bru, người nói được được tính đủ điểm"
                    when
                        $r : Request( language == "bru" )
                        $e : Candidate( speaks($r.language) )
                    then
                        ranking.score($e, "RATING", 1.0, "Nói được tiếng Bru");
                end
                """);
        RulePhases phases = RulePhases.of(built.sources());
        assertThat(phases.narrowing()).isTrue();
        assertThat(phases.requestComponents()).contains(ScoreComponent.RATING);

        compareWithUnsplit(built, 4);
        compareWithUnsplit(withFile(TestRuleTexts.PAKO_ON_SITE.substring(TestRuleTexts.PAKO_ON_SITE.indexOf("rule "))),
                5);
    }

    @Test
    void a_request_rule_whose_component_is_not_written_out_makes_every_ranking_look_at_every_expert() {
        RuleBaseBuilder.Built built = withFile("""
                rule "Ngôn ngữ hoặc ngành, tuỳ doanh nghiệp"
                    when
                        $r : Request( sectorCode == "A" )
                        $e : Candidate( )
                    then
                        ranking.score($e, $r.getLanguage() == "vi" ? "SECTOR" : "RATING", 1.0, "Nông nghiệp");
                end
                """);
        RulePhases phases = RulePhases.of(built.sources());

        assertThat(phases.split()).isTrue();
        assertThat(phases.narrowing()).isFalse();
        assertThat(phases.requestComponents()).isEqualTo(EnumSet.allOf(ScoreComponent.class));
        compareWithUnsplit(built, 6);
    }

    @Test
    void a_request_rule_that_compares_experts_with_each_other_makes_every_ranking_look_at_every_expert() {
        RuleBaseBuilder.Built built = withFile("""
                rule "Loại: chỉ người duy nhất ở xã của doanh nghiệp khi có người ở xã"
                    when
                        $r : Request( communeCode != null )
                        exists Candidate( homeCommune == $r.communeCode )
                        $e : Candidate( homeCommune != $r.communeCode )
                    then
                        ranking.exclude($e, "Đã có chuyên gia ở ngay xã của doanh nghiệp");
                end
                """);

        assertThat(RulePhases.of(built.sources()).narrowing()).isFalse();
        compareWithUnsplit(built, 7);
    }

    @Test
    void rules_whose_order_of_firing_matters_are_never_split() {
        RuleBaseBuilder.Built built = withFile("""
                rule "Loại: tạm nghỉ (một lý do là đủ)"
                    activation-group "pause"
                    when
                        $e : Candidate( paused )
                    then
                        ranking.exclude($e, "Tạm nghỉ");
                end
                """);

        assertThat(RulePhases.of(built.sources()).split()).isFalse();
        assertThat(new MatchingRules(MatcherTest.SHIPPED, built).requestBase()).isSameAs(built.kieBase());
    }

    @Test
    void a_pool_is_scored_again_when_a_load_or_a_rating_changed_since() {
        List<ExpertCandidate> pool = pool(new Random(8), 300);
        Map<Long, Integer> loads = new HashMap<>();
        Map<Long, Matcher.Rating> ratings = new HashMap<>();
        MatchingRules rules = new MatchingRules(MatcherTest.SHIPPED, MatcherTest.SHIPPED_RULES);
        RequestFacts request = new RequestFacts(ITEM, WorkMode.EITHER, Language.VI, COMMUNES[3], "C", null,
                Set.of());
        Match first = Matcher.rank(request, pool, loads, ratings, rules, MatcherTest.TODAY, 5).getFirst();

        loads.put(first.expertId(), pool.stream().filter(e -> e.id() == first.expertId()).findFirst().orElseThrow()
                .capacity());
        List<Match> full = Matcher.rank(request, pool, loads, ratings, rules, MatcherTest.TODAY, 5);
        assertThat(full).extracting(Match::expertId).doesNotContain(first.expertId());

        Match second = full.getFirst();
        ratings.put(second.expertId(), new Matcher.Rating(1.0, 12));
        Match rated = Matcher.rank(request, pool, loads, ratings, rules, MatcherTest.TODAY, 0).stream()
                .filter(m -> m.expertId() == second.expertId()).findFirst().orElseThrow();
        assertThat(rated.score()).isLessThan(second.score());
        assertThat(rated.parts()).anySatisfy(part -> {
            assertThat(part.component()).isEqualTo(ScoreComponent.RATING);
            assertThat(part.args()).contains("12");
        });
    }

    /** Many requests over one generated pool: the split, narrowed ranking equals the one-session ranking. */
    private static void compareWithUnsplit(RuleBaseBuilder.Built built, long seed) {
        Random random = new Random(seed);
        List<ExpertCandidate> pool = pool(random, 600);
        Map<Long, Integer> loads = new HashMap<>();
        Map<Long, Matcher.Rating> ratings = new HashMap<>();
        for (ExpertCandidate expert : pool) {
            loads.put(expert.id(), random.nextInt(3));
            if (random.nextBoolean()) {
                ratings.put(expert.id(), new Matcher.Rating(1 + random.nextInt(41) / 10.0, 1 + random.nextInt(15)));
            }
        }
        MatchingRules split = new MatchingRules(MatcherTest.SHIPPED, built);
        MatchingRules unsplit = new MatchingRules(MatcherTest.SHIPPED, built, RulePhases.UNSPLIT);
        for (int i = 0; i < 30; i++) {
            Set<Long> declined = Set.of(1L + random.nextInt(pool.size()), 1L + random.nextInt(pool.size()));
            RequestFacts request = new RequestFacts(ITEM, WorkMode.values()[random.nextInt(3)],
                    List.of(Language.VI, Language.VI, Language.BRU, Language.PAKO).get(random.nextInt(4)),
                    random.nextInt(6) == 0 ? null : COMMUNES[random.nextInt(COMMUNES.length)],
                    random.nextInt(6) == 0 ? null : String.valueOf("ACFGIJ".charAt(random.nextInt(6))),
                    random.nextInt(3) == 0 ? "3200111222" : null, declined);
            var expected = Matcher.run(request, pool, loads, ratings, unsplit, MatcherTest.TODAY);
            var all = Matcher.run(request, pool, loads, ratings, split, MatcherTest.TODAY);
            assertThat(all.ranked()).as("request %s", request).isEqualTo(expected.ranked());
            assertThat(all.excluded().keySet()).as("request %s", request).isEqualTo(expected.excluded().keySet());
            for (int limit : new int[] {1, 5}) {
                assertThat(Matcher.rank(request, pool, loads, ratings, split, MatcherTest.TODAY, limit))
                        .as("top %d of request %s", limit, request)
                        .isEqualTo(expected.ranked().subList(0, Math.min(limit, expected.ranked().size())));
            }
        }
    }

    /** Varied experts all holding the requested competence: levels, years, places, languages, sectors, pauses. */
    private static List<ExpertCandidate> pool(Random random, int size) {
        List<ExpertCandidate> pool = new ArrayList<>();
        String[] sectors = {"A", "C", "F", "G", "I", "J"};
        for (long id = 1; id <= size; id++) {
            Set<Language> languages = switch (random.nextInt(8)) {
                case 0 -> Set.of(Language.VI, Language.BRU);
                case 1 -> Set.of(Language.VI, Language.PAKO);
                default -> Set.of(Language.VI);
            };
            pool.add(new ExpertCandidate(id, 10_000 + id, "Chuyên gia " + id, "Tổ chức " + id % 20,
                    COMMUNES[random.nextInt(COMMUNES.length)], random.nextInt(5) == 0,
                    Set.of(COMMUNES[random.nextInt(20)], COMMUNES[20 + random.nextInt(20)]),
                    random.nextInt(5) > 0, random.nextBoolean(), languages,
                    Map.of(ITEM, new Competence(ITEM, 1 + random.nextInt(3), random.nextInt(25))),
                    Set.of(sectors[random.nextInt(3)], sectors[3 + random.nextInt(3)]),
                    random.nextInt(5) == 0 ? Set.of(ITEM) : Set.of(), random.nextInt(3) == 0,
                    random.nextInt(40) == 0 ? Set.of("3200111222") : Set.of(), 1 + random.nextInt(4),
                    random.nextInt(25) == 0 ? MatcherTest.TODAY.plusDays(5) : null));
        }
        return pool;
    }

    private static RuleBaseBuilder.Built withFile(String rules) {
        Map<String, byte[]> files = new LinkedHashMap<>(ShippedRules.read("rules", "matching").files());
        files.put("matching/them.drl", (HEADER + rules).getBytes(StandardCharsets.UTF_8));
        RuleBaseBuilder.Built built = RuleBaseBuilder.build(files, MatchingRuleKind.SANDBOX);
        assertThat(built.problems()).isEmpty();
        return built;
    }
}
