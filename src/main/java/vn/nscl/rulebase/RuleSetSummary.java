package vn.nscl.rulebase;

import java.time.Instant;
import java.util.List;

/** A rule-set version as the rules screen lists it. */
public record RuleSetSummary(long id, int number, boolean draft, String note, Integer ruleCount, Instant createdAt,
        String createdBy, boolean active, List<String> files, boolean writtenBySignedIn) {
}
