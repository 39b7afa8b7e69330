package io.github.rununder.internal.model;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/** Waiting for the stage a task completes with, and unwrapping its failure. */
final class Stages {

    private Stages() {}

    /** Blocks until {@code stage} completes; throws what it completed with, unwrapped. */
    static void await(CompletionStage<?> stage) throws Throwable {
        CountDownLatch latch = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        stage.whenComplete((value, error) -> {
            failure.set(error);
            latch.countDown();
        });
        latch.await();
        Throwable error = failure.get();
        if (error != null) {
            throw unwrap(error);
        }
    }

    /** The exception a stage really failed with, without the wrappers the JDK adds. */
    static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
