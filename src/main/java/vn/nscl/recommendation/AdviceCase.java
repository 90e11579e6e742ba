package vn.nscl.recommendation;

import java.util.List;
import java.util.Map;

import vn.nscl.assessment.Tier;
import vn.nscl.enterprise.ProfileSketch;

/**
 * An expert test case (ca kiểm thử): an enterprise described without who it is, what it answered in one or more
 * self-assessments, and for each what an expert expects among the first recommendations, which programmes it should be
 * eligible for and what would be wrong to recommend at all, each with a line of reasoning. Shipped cases live in
 * {@code rules/cases/}; officers add more from real assessments.
 *
 * @param source where the case comes from: a file under {@code rules/} or "saved case 12"
 */
public record AdviceCase(String id, String title, String source, ProfileSketch profile, List<Run> runs) {

    public AdviceCase {
        runs = List.copyOf(runs);
    }

    /** One self-assessment of the enterprise and what an expert expects of its advice. */
    public record Run(Tier tier, int year, Map<String, Integer> answers, List<Expectation> expected,
            List<Expectation> expectedProgrammes, List<Expectation> forbidden) {

        public Run {
            answers = Map.copyOf(answers);
            expected = List.copyOf(expected);
            expectedProgrammes = List.copyOf(expectedProgrammes);
            forbidden = List.copyOf(forbidden);
        }

        /** "coop-pepper-vinh-linh-low, full 2026": how reports name a run. */
        public String label(AdviceCase of) {
            return of.id() + ", " + tier.code() + " " + year;
        }
    }

    /** A catalogue item or programme and why an expert expects it (or forbids it). */
    public record Expectation(String item, String why) {
    }
}
