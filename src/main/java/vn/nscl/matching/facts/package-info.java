/**
 * What the matching rules in {@code rules/matching/} see and write: the {@link vn.nscl.matching.facts.Request}, one
 * {@link vn.nscl.matching.facts.Candidate} per expert who has the requested competence, the tuned numbers of
 * {@code matching.yaml} as {@link vn.nscl.matching.facts.Settings}, and the {@link vn.nscl.matching.facts.Ranking}
 * every rule writes its exclusion or score part to. Nothing else is visible to a rule.
 */
package vn.nscl.matching.facts;
