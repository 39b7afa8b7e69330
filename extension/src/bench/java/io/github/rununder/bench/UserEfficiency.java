package io.github.rununder.bench;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.rununder.Model;
import io.github.rununder.RunUnder;
import java.util.EnumMap;
import java.util.Map;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The efficiency figure as a new user's project sees it: a plain {@code @RunUnder} test method
 * that sleeps 20 ms, 100 tasks at concurrency 25, run through the JUnit Platform; the medians are
 * read from the report entries each model's node publishes ({@code rununder.medianNanos}). Under
 * {@code ASYNC} the sleeping task never calls {@code completesWith}, so it runs on the executor.
 */
final class UserEfficiency {

    private UserEfficiency() {}

    /** The median round of each model that ran, in nanoseconds. */
    static Map<Model, Long> medians() {
        Map<Model, Long> medians = new EnumMap<>(Model.class);
        for (Event event : EngineTestKit.engine("junit-jupiter").selectors(selectClass(SleepingTest.class)).execute()
                .allEvents().reportingEntryPublished().list()) {
            String name = event.getTestDescriptor().getDisplayName();
            event.getPayload(ReportEntry.class).flatMap(entry -> entry.getKeyValuePairs().entrySet().stream()
                            .filter(pair -> pair.getKey().equals("rununder.medianNanos")).findFirst())
                    .ifPresent(median -> {
                        for (Model model : Model.values()) {
                            if (name.matches("\\[\\d+] " + model + "\\b.*")) {
                                medians.put(model, Long.parseLong(median.getValue()));
                            }
                        }
                    });
        }
        return medians;
    }

    /** What a new user writes; not a test of this build (the bench profile skips tests). */
    static class SleepingTest {
        @RunUnder(model = {THREADS, VIRTUAL_THREADS, ASYNC}, tasks = 100, concurrency = 25)
        void nap() throws InterruptedException {
            Thread.sleep(20);
        }
    }
}
