package vn.nscl.assessment;

/** What decides which questions an enterprise is asked: its sector, whether it makes food, whether a household. */
public record Respondent(String sectorCode, boolean foodProducer, boolean household) {
}
