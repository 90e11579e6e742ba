package vn.nscl.matching;

import java.math.BigDecimal;

/**
 * Only what an expert needs to judge a request: who the enterprise is, its sector and size, and its latest
 * self-assessment result (no contact data before they accept).
 */
public record EnterpriseBrief(String name, String typeKey, String communeCode, String sectorCode, String sizeKey,
        String mainProducts, Long latestAssessmentId, Integer latestYear, BigDecimal latestOverall,
        Integer latestMaturity, String contactPerson, String phone, String email) {
}
