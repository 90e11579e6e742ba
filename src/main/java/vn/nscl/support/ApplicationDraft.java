package vn.nscl.support;

import java.util.List;

/** What the enterprise writes in its application (amounts in million VND). */
public record ApplicationDraft(String title, String objectives, String expectedResults, String timeline,
        List<BudgetLine> budget, List<Indicator> indicators, long expectedVersion) {
}
