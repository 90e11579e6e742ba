package vn.nscl.tasks;

/** The audit-log action codes of background tasks (what a task changes is audited by the work itself). */
final class TaskAuditActions {

    static final String TASK_STARTED = "TASK_STARTED";
    static final String TASK_CANCEL_REQUESTED = "TASK_CANCEL_REQUESTED";
    static final String TASK_CANCELLED = "TASK_CANCELLED";

    private TaskAuditActions() {
    }
}
