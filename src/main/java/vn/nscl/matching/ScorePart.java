package vn.nscl.matching;

import java.util.List;

/** One component of a match score: points earned of the most possible, and the facts behind it (a message key). */
public record ScorePart(ScoreComponent component, double points, double max, String detailKey, List<String> args) {
}
