package io.github.rununder.internal.profile;

import io.github.rununder.internal.measure.PinnedPark;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;

/** {@link PinningWatch} on a {@link RecordingStream} of {@code jdk.VirtualThreadPinned} events. */
final class FlightPinningWatch extends PinningWatch {

    private static final String PINNED = "jdk.VirtualThreadPinned";
    private static final String END = "io.github.rununder.PinningWatchEnd";

    /** Marks the end of the watch, so that stopping waits until every earlier event arrived. */
    @Name(END)
    static final class End extends Event {}

    private final RecordingStream stream;
    private final Map<String, long[]> parks = new LinkedHashMap<>();
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private boolean closed;

    FlightPinningWatch() {
        StackDepth.deepen();
        stream = new RecordingStream();
        stream.enable(PINNED).withThreshold(Duration.ZERO).withStackTrace();
        stream.enable(End.class).withoutThreshold().withoutStackTrace();
        stream.onEvent(PINNED, this::onPinned);
        stream.onEvent(END, event -> caughtUp.countDown());
        stream.startAsync();
    }

    private synchronized void onPinned(RecordedEvent event) {
        TaskStack stack = FlightTaskRecording.stack(event);
        if (!stack.runsTask()) {
            return;
        }
        String jdkReason = event.hasField("pinnedReason") ? event.getString("pinnedReason") : null;
        long[] park = parks.computeIfAbsent(stack.parkSite() + "\n" + stack.pinReason(jdkReason), key -> new long[2]);
        park[0]++;
        park[1] += event.getDuration().toNanos();
    }

    @Override
    public List<PinnedPark> stop() {
        new End().commit();
        try {
            caughtUp.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        List<PinnedPark> found = new ArrayList<>();
        synchronized (this) {
            parks.forEach((key, park) -> {
                String[] parts = key.split("\n", 2);
                found.add(new PinnedPark(parts[0], parts[1], park[0], park[1]));
            });
        }
        found.sort(Comparator.comparingLong(PinnedPark::totalNanos).reversed());
        return found;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            stream.close();
        }
    }
}
