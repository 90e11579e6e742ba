package vn.nscl.rulebase;

/**
 * A rule set fired more often or ran longer than any sound rule set does for one enterprise (a rule re-triggering
 * itself, a rule combining facts without end). The evaluation was stopped; the message names the busiest rule.
 */
public class RunawayRulesException extends RuntimeException {

    private final String busiestRule;
    private final long firings;
    private final boolean timedOut;

    RunawayRulesException(String busiestRule, long firings, boolean timedOut) {
        super((timedOut ? "Rules ran past the time limit" : "Rules fired past the limit") + " (" + firings
                + " firings; busiest rule: " + busiestRule + ")");
        this.busiestRule = busiestRule;
        this.firings = firings;
        this.timedOut = timedOut;
    }

    public String busiestRule() {
        return busiestRule;
    }

    /** The problem as rule editors see it: what stopped, the busiest rule, what to look for. */
    public RuleProblem problem() {
        String vi = (timedOut ? "Bộ quy tắc chạy quá " + RuleRun.TIME_LIMIT.toMillis() / 1000 + " giây"
                : "Bộ quy tắc kích hoạt quá " + RuleRun.FIRE_LIMIT + " lần")
                + " cho một doanh nghiệp nên đã bị dừng; quy tắc chạy nhiều nhất: \"" + busiestRule + "\" ("
                + firings + " lần). Kiểm tra xem quy tắc có tự kích hoạt lại hoặc ghép quá nhiều dữ kiện không.";
        String en = (timedOut ? "The rules ran longer than " + RuleRun.TIME_LIMIT.toMillis() / 1000 + " seconds"
                : "The rules fired more than " + RuleRun.FIRE_LIMIT + " times") + " for one enterprise and were "
                + "stopped; the busiest rule: \"" + busiestRule + "\" (" + firings + " firings). Check whether a rule "
                + "triggers itself again or combines too many facts.";
        return new RuleProblem("rules/", 0, 0, vi, en, getMessage());
    }
}
