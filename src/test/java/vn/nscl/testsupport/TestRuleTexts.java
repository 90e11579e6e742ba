package vn.nscl.testsupport;

/** Rule files the tests of several modules write: one DOST might add, one that does not build. */
public final class TestRuleTexts {

    /** On-site work for a Pa Kô-speaking enterprise needs an expert who speaks Pa Kô. */
    public static final String PAKO_ON_SITE = """
            package rules.matching;

            import vn.nscl.matching.facts.*;

            global Ranking ranking;
            global Settings settings;

            rule "Loại: làm tại chỗ cho doanh nghiệp dùng tiếng Pa Kô mà không nói được tiếng Pa Kô"
                when
                    $r : Request( onSite, language == "pko" )
                    $e : Candidate( !speaks($r.language) )
                then
                    ranking.exclude($e, "Làm tại chỗ ở xã dùng tiếng Pa Kô cần người nói được tiếng Pa Kô");
            end
            """;

    /** A recommendation rule about a fact that does not exist ("Firma" for "Enterprise"), on line 7. */
    public static final String BROKEN_RECOMMENDATION_RULE = """
            package rules.recommendation;
            import vn.nscl.recommendation.facts.*;
            global vn.nscl.recommendation.facts.Advice advice;

            rule "Hỏng"
                when
                    $e : Firma( employees > 5 )
                then
                    advice.recommend(drools, "5S", 50, "a", "b");
            end
            """;

    private TestRuleTexts() {
    }
}
