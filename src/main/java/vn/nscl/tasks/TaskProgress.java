package vn.nscl.tasks;

/**
 * What a task's work tells of its progress, and where it may be stopped. {@link #checkpoint()} is the only place a
 * cancel takes effect: work calls it between pieces that may be abandoned (a chunk read, a year rebuilt), so it never
 * stops half-way through a write.
 */
public interface TaskProgress {

    /** How many steps the work has in all (call again if it learns more). */
    void total(long steps);

    /** Some more steps are done. */
    void advance(long steps);

    /** Throws {@link TaskCancelledException} if someone asked to cancel the task. */
    void checkpoint();

    /** For work run outside a task (tests, benchmarks, start-up): counts nothing and is never cancelled. */
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void total(long steps) {
        }

        @Override
        public void advance(long steps) {
        }

        @Override
        public void checkpoint() {
        }
    };
}
