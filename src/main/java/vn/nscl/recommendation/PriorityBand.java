package vn.nscl.recommendation;

/** How urgent a recommendation reads to its user: the rules' priority 1–100 in three words. */
public enum PriorityBand {
    HIGH, MEDIUM, LOW;

    public static PriorityBand of(int priority) {
        if (priority >= 80) {
            return HIGH;
        }
        return priority >= 60 ? MEDIUM : LOW;
    }

    /** The suffix of its translation key, {@code recommendations.priority.high}… */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
