package io.github.rununder.internal.report.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BothAtOnceTest {

    @Test
    void runsBothAtTheSameTimeAndReturnsWhenBothAreDone() throws IOException {
        CountDownLatch both = new CountDownLatch(2);
        AtomicReference<String> aside = new AtomicReference<>();

        BothAtOnce.run(() -> {
            both.countDown();
            await(both);
            aside.set(Thread.currentThread().getName());
        }, () -> {
            both.countDown();
            await(both);
        });

        assertThat(aside).hasValue("rununder-report-writer");
    }

    @Test
    void aFailureOnEitherSideIsThrownWithTheOtherSuppressed() {
        assertThatThrownBy(() -> BothAtOnce.run(() -> {
            throw new IOException("aside");
        }, () -> {})).isInstanceOf(IOException.class).hasMessage("aside");
        assertThatThrownBy(() -> BothAtOnce.run(() -> {
            throw new IllegalStateException("aside");
        }, () -> {
            throw new IOException("here");
        })).hasMessage("here").satisfies(e -> assertThat(e.getSuppressed()).singleElement().asString().contains("aside"));
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IOException("the other side never started");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
