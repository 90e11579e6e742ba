package vn.nscl.plan;

/** The years the province's productivity plan covers (2021–2030); targets, reports and screens stay within them. */
public final class PlanYears {

    public static final int FIRST = 2021;
    public static final int LAST = 2030;

    private PlanYears() {
    }
}
