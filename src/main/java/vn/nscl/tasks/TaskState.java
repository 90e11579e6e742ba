package vn.nscl.tasks;

/** Where a background task stands. Only {@link #RUNNING} tasks hold their kind's place in the cluster. */
public enum TaskState {
    RUNNING, DONE, FAILED, CANCELLED;

    public boolean finished() {
        return this != RUNNING;
    }
}
