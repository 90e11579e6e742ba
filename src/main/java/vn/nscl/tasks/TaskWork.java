package vn.nscl.tasks;

/** The work of a background task: it reports its progress and returns a result kept as JSON until read. */
@FunctionalInterface
public interface TaskWork<R> {
    R run(TaskProgress progress);
}
