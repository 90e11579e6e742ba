package vn.nscl.tasks;

/** Thrown at a {@link TaskProgress#checkpoint()} once someone asked to cancel: the work stops there. */
public class TaskCancelledException extends RuntimeException {

    TaskCancelledException() {
        super("cancelled", null, false, false);
    }
}
