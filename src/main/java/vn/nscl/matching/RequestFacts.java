package vn.nscl.matching;

import java.util.Set;

import vn.nscl.expert.Language;

/**
 * What matching needs of a request and its enterprise. {@code excluded} are experts who declined this request or
 * let the offer expire (a conflict from then on).
 */
record RequestFacts(String itemCode, WorkMode mode, Language language, String communeCode, String sectorCode,
        String enterpriseCode, Set<Long> excluded) {
}
