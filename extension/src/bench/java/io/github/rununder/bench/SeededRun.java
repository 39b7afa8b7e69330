package io.github.rununder.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.testkit.engine.Events;

/**
 * What one run of a seeded problem showed: the verdict's outcome, the explanation in the failed
 * verdict's message (empty where there is none), and how long the verdict node and the whole
 * method took, from their started to their finished events.
 */
record SeededRun(String outcome, String why, double verdictSeconds, double methodSeconds) {

    private static final Pattern SHARE = Pattern.compile(": (\\d+)% of its ");

    static SeededRun of(Events events) {
        String why = failureMessage(events).map(message -> message.contains(" Why: ")
                ? message.substring(message.indexOf(" Why: ") + 6) : "").orElse("");
        return new SeededRun(outcome(events), why, seconds(events, verdictNode(events)),
                seconds(events, methodNode(events)));
    }

    /** The share of the extra time the top cause accounts for, in percent; -1 where none is given. */
    int share() {
        Matcher matcher = SHARE.matcher(why);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** The top cause in a few words, such as {@code queued for a core}. */
    String cause() {
        if (why.isEmpty()) {
            return "no explanation";
        }
        Matcher matcher = SHARE.matcher(why);
        String rest = matcher.find() ? why.substring(matcher.end()) : why;
        rest = rest.replaceFirst("^(extra time|time on the event loop) is ", "");
        int cut = rest.indexOf(" (");
        return (cut < 0 ? rest : rest.substring(0, cut)).replaceAll("[.]$", "");
    }

    /** {@code HOLDS}, {@code FAILS}, ... from the verdict node's entry, or how the node ended. */
    private static String outcome(Events events) {
        Optional<String> verdict = events.reportingEntryPublished().stream()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("rununder.verdict.1"))
                .filter(value -> value != null).findFirst();
        if (verdict.isPresent()) {
            return verdict.get().substring(0, verdict.get().indexOf(':'));
        }
        return events.finished().stream().filter(e -> e.getTestDescriptor().getDisplayName().contains("verdict"))
                .findFirst().flatMap(e -> e.getPayload(TestExecutionResult.class)).map(r -> r.getStatus().name())
                .orElse("NOT RUN");
    }

    private static Optional<String> failureMessage(Events events) {
        return events.finished().stream().filter(e -> e.getTestDescriptor().getDisplayName().contains("verdict"))
                .flatMap(e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                        .stream())
                .map(Throwable::getMessage).filter(message -> message != null).findFirst();
    }

    private static Optional<TestDescriptor> verdictNode(Events events) {
        return events.started().stream().map(Event::getTestDescriptor)
                .filter(node -> node.getDisplayName().contains("verdict")).findFirst();
    }

    /** The method's own node: the first started node whose source is a method (its children follow it). */
    private static Optional<TestDescriptor> methodNode(Events events) {
        return events.started().stream().map(Event::getTestDescriptor)
                .filter(node -> node.getSource().filter(MethodSource.class::isInstance).isPresent()).findFirst();
    }

    private static double seconds(Events events, Optional<TestDescriptor> node) {
        if (node.isEmpty()) {
            return Double.NaN;
        }
        Instant started = at(events, node.get(), EventType.STARTED);
        Instant finished = at(events, node.get(), EventType.FINISHED);
        return started == null || finished == null ? Double.NaN : Duration.between(started, finished).toNanos() / 1e9;
    }

    private static Instant at(Events events, TestDescriptor node, EventType type) {
        return events.stream().filter(e -> e.getType() == type && e.getTestDescriptor().getUniqueId()
                .equals(node.getUniqueId())).map(Event::getTimestamp).findFirst().orElse(null);
    }
}
