package vn.nscl.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Writes a transition inside the service call: when someone else changed the record meanwhile, the caller is told
 * in plain words ("changed meanwhile") instead of the commit failing afterwards.
 */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    public static void flush(Runnable flush) {
        try {
            flush.run();
        } catch (OptimisticLockingFailureException changed) {
            throw new UserFacingException("error.changed-meanwhile");
        }
    }
}
