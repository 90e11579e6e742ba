package vn.nscl.testsupport;

/** A matching rule DOST might add without a release, as the tests of the service and of the screen write it. */
public final class TestMatchingRules {

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

    private TestMatchingRules() {
    }
}
