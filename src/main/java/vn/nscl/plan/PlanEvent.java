package vn.nscl.plan;

import java.time.LocalDate;

/**
 * One record behind an actual value: what is counted (an expert, an enterprise, a project), the group it belongs to
 * for averages, the day it counts from, and how it is shown and opened when an officer clicks through.
 */
public record PlanEvent(String key, String group, LocalDate day, String label, String link) {
}
