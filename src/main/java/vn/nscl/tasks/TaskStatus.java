package vn.nscl.tasks;

import java.time.Instant;

/**
 * A background task as its screen shows it: what it is, who started it and when, how far it has got
 * ({@code total} is 0 until the task knows its size), and, once it failed, why (in the user's words).
 */
public record TaskStatus(long id, String kind, String subject, String startedBy, TaskState state, long done,
        long total, boolean cancelRequested, Instant startedAt, Instant finishedAt, String message) {

    /** The share done, from 0 to 1; 0 while the size is not known yet. */
    public double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, (double) done / total);
    }

    public boolean running() {
        return state == TaskState.RUNNING;
    }
}
