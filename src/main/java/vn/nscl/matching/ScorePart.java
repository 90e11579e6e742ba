package vn.nscl.matching;

import java.util.List;

/** One component of a match score: points earned of the most possible, and the facts behind it (a message key). */
public record ScorePart(ScoreComponent component, double points, double max, String detailKey, List<String> args) {

    /**
     * Whether the detail is a text key of the platform (translated with its values) rather than a rule's own words,
     * shown as written (a rule DOST added).
     */
    public boolean isTextKey() {
        return detailKey.startsWith("matching.detail.");
    }
}
