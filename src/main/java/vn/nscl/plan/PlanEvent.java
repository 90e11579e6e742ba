package vn.nscl.plan;

import java.time.LocalDate;

/**
 * One record behind an actual value: what is counted (an expert, an enterprise, a project), the group it belongs to
 * for averages, the day it counts from and the last day it still counts (null: for good, e.g. an approval; a
 * certificate's expiry), and how it is shown and opened when an officer clicks through.
 */
public record PlanEvent(String key, String group, LocalDate day, LocalDate until, String label, String link) {

    public PlanEvent(String key, String group, LocalDate day, String label, String link) {
        this(key, group, day, null, label, link);
    }

    /** Whether it still counts on a day (a certificate that expired before it does not). */
    boolean countsOn(LocalDate date) {
        return until == null || !until.isBefore(date);
    }
}
