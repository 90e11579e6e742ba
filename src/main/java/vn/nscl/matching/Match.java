package vn.nscl.matching;

import java.util.List;

/** One ranked expert for a request: the score out of 100 and how it is made up. */
public record Match(long expertId, String expertName, String organisation, boolean productivityCertified,
        double score, List<ScorePart> parts) {
}
