package vn.nscl.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.nscl.expert.Competence;
import vn.nscl.expert.ExpertCandidate;
import vn.nscl.expert.Language;

/** The matching engine alone: each hard constraint, each score component and its explanation, the order. */
class MatcherTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final MatchingPolicy SHIPPED = shippedPolicy();
    static final vn.nscl.rulebase.RuleBaseBuilder.Built SHIPPED_RULES = shippedRules();
    static final MatchingRules POLICY = new MatchingRules(SHIPPED, SHIPPED_RULES);

    static MatchingPolicy shippedPolicy() {
        try {
            var outcome = PolicyFile.read(Files.readString(Path.of("rules/matching/matching.yaml")),
                    Set.of("5S", "LEAN", "ISO_9001", "ISO_14001", "ISO_45001", "ISO_22000", "HACCP"));
            assertThat(outcome.problems()).isEmpty();
            return outcome.policy();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shipped constraint and score rules, built as the platform builds them. */
    static vn.nscl.rulebase.RuleBaseBuilder.Built shippedRules() {
        var built = vn.nscl.rulebase.RuleBaseBuilder.build(vn.nscl.rulebase.ShippedRules.read("rules", "matching")
                .files(), MatchingRuleKind.SANDBOX);
        assertThat(built.problems()).isEmpty();
        return built;
    }

    /** Why the rules keep this expert out of the request, if they do. */
    static java.util.Optional<String> exclusion(RequestFacts request, ExpertCandidate expert, int load,
            MatchingRules rules, LocalDate today) {
        return java.util.Optional.ofNullable(Matcher.run(request, List.of(expert), Map.of(expert.id(), load),
                Map.of(), rules, today).excluded().get(expert.id()));
    }

    /** The expert's match as the rules score it (the expert must not be excluded). */
    static Match score(RequestFacts request, ExpertCandidate expert, int load, Matcher.Rating rating,
            MatchingRules rules) {
        Map<Long, Matcher.Rating> ratings = rating == null ? Map.of() : Map.of(expert.id(), rating);
        var outcome = Matcher.run(request, List.of(expert), Map.of(expert.id(), load), ratings, rules, TODAY);
        assertThat(outcome.excluded()).isEmpty();
        return outcome.ranked().getFirst();
    }

    static ExpertCandidate expert(long id, String item, int level, int years) {
        return new ExpertCandidate(id, 1000 + id, "CG " + id, "Org", "19363", false, Set.of("19333"), true, true,
                Set.of(Language.VI), Map.of(item, new Competence(item, level, years)), Set.of("C"), Set.of(), false,
                Set.of(), 2, null);
    }

    static ExpertCandidate with(ExpertCandidate e, java.util.function.UnaryOperator<Builder> change) {
        return change.apply(new Builder(e)).build();
    }

    /** Changes one field of a candidate at a time, so each test says only what matters to it. */
    static final class Builder {
        String home;
        boolean province;
        Set<String> area;
        boolean onSite;
        boolean remote;
        Set<Language> languages;
        Map<String, Competence> competences;
        Set<String> sectors;
        Set<String> certified;
        Set<String> conflicts;
        int capacity;
        LocalDate paused;
        final ExpertCandidate e;

        Builder(ExpertCandidate e) {
            this.e = e;
            home = e.homeCommune();
            province = e.wholeProvince();
            area = e.serviceCommunes();
            onSite = e.onSite();
            remote = e.remote();
            languages = e.languages();
            competences = e.competences();
            sectors = e.sectors();
            certified = e.certifiedItems();
            conflicts = e.conflictCodes();
            capacity = e.capacity();
            paused = e.pausedUntil();
        }

        ExpertCandidate build() {
            return new ExpertCandidate(e.id(), e.accountId(), e.fullName(), e.organisation(), home, province, area,
                    onSite, remote, languages, competences, sectors, certified, e.productivityCertified(), conflicts,
                    capacity, paused);
        }
    }

    static RequestFacts request(String item, WorkMode mode) {
        return new RequestFacts(item, mode, Language.VI, "19363", "C", "3200111222", Set.of());
    }

    static List<Match> rank(RequestFacts request, List<ExpertCandidate> experts, Map<Long, Integer> loads) {
        return Matcher.rank(request, experts, loads, Map.of(), POLICY, TODAY, 0);
    }

    @Test
    void a_paused_expert_is_not_matched_until_the_day_after_the_pause() {
        ExpertCandidate paused = with(expert(1, "5S", 3, 5), b -> {
            b.paused = TODAY;
            return b;
        });
        assertThat(exclusion(request("5S", WorkMode.EITHER), paused, 0, POLICY, TODAY))
                .hasValueSatisfying(reason -> assertThat(reason.toLowerCase()).contains("tạm nghỉ"));
        assertThat(exclusion(request("5S", WorkMode.EITHER), paused, 0, POLICY, TODAY.plusDays(1))).isEmpty();
    }

    @Test
    void an_expert_without_the_competence_or_below_the_minimum_level_is_not_matched() {
        assertThat(exclusion(request("LEAN", WorkMode.EITHER), expert(1, "5S", 3, 5), 0, POLICY, TODAY))
                .hasValueSatisfying(reason -> assertThat(reason.toLowerCase()).contains("không có năng lực"));
        MatchingRules strict = new MatchingRules(new MatchingPolicy(SHIPPED.weights(), SHIPPED.location(),
                new MatchingPolicy.CompetenceSettings(2, 10, 0.2), SHIPPED.rating(), SHIPPED.certificateRequiredFor(),
                SHIPPED.offer(), SHIPPED.followUpMonths()), SHIPPED_RULES);
        assertThat(exclusion(request("5S", WorkMode.EITHER), expert(1, "5S", 1, 5), 0, strict, TODAY))
                .hasValueSatisfying(reason -> assertThat(reason.toLowerCase()).contains("dưới mức tối thiểu"));
    }

    @Test
    void a_standard_that_needs_a_certificate_is_matched_only_with_a_valid_verified_one() {
        ExpertCandidate without = expert(1, "ISO_9001", 3, 10);
        ExpertCandidate certified = with(expert(2, "ISO_9001", 2, 4), b -> {
            b.certified = Set.of("ISO_9001");
            return b;
        });
        assertThat(exclusion(request("ISO_9001", WorkMode.EITHER), without, 0, POLICY, TODAY))
                .hasValueSatisfying(reason -> assertThat(reason.toLowerCase()).contains("cần chứng chỉ"));
        assertThat(rank(request("ISO_9001", WorkMode.EITHER), List.of(without, certified), Map.of()))
                .extracting(Match::expertId).containsExactly(2L);
    }

    @Test
    void a_full_expert_a_conflict_of_interest_and_an_earlier_decline_exclude() {
        ExpertCandidate e = expert(1, "5S", 3, 5);
        assertThat(exclusion(request("5S", WorkMode.EITHER), e, 2, POLICY, TODAY))
                .hasValueSatisfying(reason -> assertThat(reason.toLowerCase()).contains("đã đủ việc"));
        ExpertCandidate employee = with(e, b -> {
            b.conflicts = Set.of("3200111222");
            return b;
        });
        assertThat(exclusion(request("5S", WorkMode.EITHER), employee, 0, POLICY, TODAY))
                .hasValueSatisfying(reason -> assertThat(reason.toLowerCase()).contains("xung đột lợi ích"));
        RequestFacts declined = new RequestFacts("5S", WorkMode.EITHER, Language.VI, "19363", "C", "3200111222",
                Set.of(1L));
        assertThat(exclusion(declined, e, 0, POLICY, TODAY)).hasValueSatisfying(reason -> assertThat(reason.toLowerCase()).contains("đã từ chối"));
    }

    @Test
    void on_site_requests_need_an_expert_serving_the_commune_and_remote_ones_an_expert_working_remotely() {
        ExpertCandidate elsewhere = with(expert(1, "5S", 3, 5), b -> {
            b.home = "19009";
            b.area = Set.of();
            return b;
        });
        assertThat(exclusion(request("5S", WorkMode.ON_SITE), elsewhere, 0, POLICY, TODAY))
                .hasValueSatisfying(reason -> assertThat(reason.toLowerCase()).contains("tại chỗ"));
        assertThat(exclusion(request("5S", WorkMode.EITHER), elsewhere, 0, POLICY, TODAY))
                .as("works remotely, so 'either' is fine").isEmpty();
        ExpertCandidate onSiteOnly = with(expert(2, "5S", 3, 5), b -> {
            b.remote = false;
            return b;
        });
        assertThat(exclusion(request("5S", WorkMode.REMOTE), onSiteOnly, 0, POLICY, TODAY))
                .hasValueSatisfying(reason -> assertThat(reason.toLowerCase()).contains("không làm việc từ xa"));
        ExpertCandidate province = with(elsewhere, b -> {
            b.province = true;
            return b;
        });
        assertThat(exclusion(request("5S", WorkMode.ON_SITE), province, 0, POLICY, TODAY)).isEmpty();
    }

    @Test
    void each_score_component_follows_its_facts_and_says_them() {
        Match best = score(request("5S", WorkMode.EITHER), expert(1, "5S", 3, 10), 0, null, POLICY);
        Map<ScoreComponent, ScorePart> parts = new HashMap<>();
        best.parts().forEach(p -> parts.put(p.component(), p));
        assertThat(parts.get(ScoreComponent.COMPETENCE).points()).isEqualTo(35.0);
        assertThat(parts.get(ScoreComponent.COMPETENCE).args()).containsExactly("3", "10");
        assertThat(parts.get(ScoreComponent.SECTOR).points()).isEqualTo(15.0);
        assertThat(parts.get(ScoreComponent.SECTOR).detailKey()).isEqualTo("matching.detail.sector-yes");
        assertThat(parts.get(ScoreComponent.LOCATION).detailKey()).isEqualTo("matching.detail.location-same");
        assertThat(parts.get(ScoreComponent.LOCATION).points()).isEqualTo(20.0);
        assertThat(parts.get(ScoreComponent.LANGUAGE).points()).isEqualTo(10.0);
        assertThat(parts.get(ScoreComponent.RATING).points()).as("new expert counted as 3.5/5").isEqualTo(7.0);
        assertThat(parts.get(ScoreComponent.LOAD).points()).isEqualTo(10.0);
        assertThat(best.score()).isEqualTo(97.0);

        RequestFacts bru = new RequestFacts("5S", WorkMode.EITHER, Language.BRU, "19333", "A", null, Set.of());
        Match weaker = score(bru,
                expert(2, "5S", 1, 2), 1, new Matcher.Rating(4.0, 3), POLICY);
        parts.clear();
        weaker.parts().forEach(p -> parts.put(p.component(), p));
        assertThat(parts.get(ScoreComponent.COMPETENCE).points()).as("0.7 x 1/3 + 0.3 x 2/10 of 35").isEqualTo(10.3);
        assertThat(parts.get(ScoreComponent.SECTOR).points()).isZero();
        assertThat(parts.get(ScoreComponent.LOCATION).detailKey()).isEqualTo("matching.detail.location-area");
        assertThat(parts.get(ScoreComponent.LOCATION).points()).isEqualTo(16.0);
        assertThat(parts.get(ScoreComponent.LANGUAGE).detailKey()).isEqualTo("matching.detail.language-no.bru");
        assertThat(parts.get(ScoreComponent.LANGUAGE).points()).isZero();
        assertThat(parts.get(ScoreComponent.RATING).points()).isEqualTo(8.0);
        assertThat(parts.get(ScoreComponent.RATING).args()).containsExactly("4.0", "3");
        assertThat(parts.get(ScoreComponent.LOAD).points()).isEqualTo(5.0);
        assertThat(weaker.score()).isEqualTo(parts.values().stream().mapToDouble(ScorePart::points).sum(),
                org.assertj.core.data.Offset.offset(0.11));
    }

    @Test
    void a_verified_certificate_adds_to_competence_up_to_its_weight() {
        ExpertCandidate certified = with(expert(1, "5S", 2, 5), b -> {
            b.certified = Set.of("5S");
            return b;
        });
        double plain = score(request("5S", WorkMode.EITHER), expert(2, "5S", 2, 5), 0, null, POLICY).parts()
                .getFirst().points();
        ScorePart withCertificate = score(request("5S", WorkMode.EITHER), certified, 0, null, POLICY).parts()
                .getFirst();
        assertThat(withCertificate.points()).isGreaterThan(plain).isLessThanOrEqualTo(35.0);
        assertThat(withCertificate.detailKey()).isEqualTo("matching.detail.competence-certified");
    }

    @Test
    void the_ranking_puts_the_best_first_and_load_spreads_work_between_equals() {
        ExpertCandidate a = expert(1, "5S", 3, 5);
        ExpertCandidate b = expert(2, "5S", 3, 5);
        assertThat(rank(request("5S", WorkMode.EITHER), List.of(b, a), Map.of())).extracting(Match::expertId)
                .as("equal scores: lower id first, stable").containsExactly(1L, 2L);
        assertThat(rank(request("5S", WorkMode.EITHER), List.of(a, b), Map.of(1L, 1))).extracting(Match::expertId)
                .as("the one with less work in hand comes first").containsExactly(2L, 1L);
        assertThat(Matcher.rank(request("5S", WorkMode.EITHER), List.of(a, b), Map.of(), Map.of(), POLICY, TODAY, 1))
                .hasSize(1);
    }
}
