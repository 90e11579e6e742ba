package vn.nscl.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Start-up work that need not hold up the rest of the start (building the shipped rules, reading the expert cases):
 * it runs on a thread of its own, and whoever needs its result, or the end of the context's refresh, waits for it.
 */
public final class StartUpWork {

    private StartUpWork() {
    }

    /** Starts the work on a daemon thread named for the logs. */
    public static <T> CompletableFuture<T> onOwnThread(String threadName, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * Waits for the work; a failure comes out as the work threw it (a broken file's own exception, with its file and
     * line), so a start that waits here fails with it.
     */
    public static <T> T await(CompletableFuture<T> started) {
        try {
            return started.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }
}
