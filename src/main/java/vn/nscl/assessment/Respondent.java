package vn.nscl.assessment;

/** What decides which questions an enterprise is asked: its sector, whether it makes food, whether a household. */
public record Respondent(String sectorCode, boolean foodProducer, boolean household) {

    /** The enterprise as its profile describes it now. */
    public static Respondent of(vn.nscl.enterprise.EnterpriseSummary enterprise) {
        return new Respondent(enterprise.sectorCode(), enterprise.foodProducer(), enterprise.household());
    }
}
