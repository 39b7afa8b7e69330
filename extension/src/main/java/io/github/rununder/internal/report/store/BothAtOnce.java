package io.github.rununder.internal.report.store;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs two pieces of the report's work at once, one on a short-lived thread of its own: a test
 * JVM pays for the report once, cold, and the second core shortens that.
 */
public final class BothAtOnce {

    private BothAtOnce() {}

    /** Work that writes files. */
    @FunctionalInterface
    interface Work {
        void run() throws IOException;
    }

    /** Runs {@code aside} on another thread and {@code here} on this one; returns when both are done. */
    static void run(Work aside, Work here) throws IOException {
        CompletableFuture<Void> other = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                aside.run();
                other.complete(null);
            } catch (IOException | RuntimeException | Error failure) {
                other.completeExceptionally(failure);
            }
        }, "rununder-report-writer");
        thread.setDaemon(true);
        thread.start();
        IOException first = null;
        try {
            here.run();
        } catch (IOException failure) {
            first = failure;
        }
        try {
            other.join();
        } catch (CompletionException failed) {
            Throwable cause = failed.getCause();
            IOException failure = cause instanceof IOException io ? io : new IOException(cause);
            if (first == null) {
                first = failure;
            } else {
                first.addSuppressed(failure);
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
