package io.github.rununder.internal.junit;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JUnit's duration syntax for timeouts: a positive integer and an optional unit
 * ({@code ns}, {@code μs}, {@code ms}, {@code s}, {@code m}, {@code h}, {@code d}; seconds when
 * omitted), for example {@code 90 s}, {@code 2m}, {@code 500 ms}.
 */
final class DurationSyntax {

    private static final Pattern PATTERN = Pattern.compile("([1-9]\\d*) ?((?:[nμµu]|m)?s|m|h|d)?");

    private DurationSyntax() {}

    /** The duration {@code text} denotes, or empty when it is not in the syntax. */
    static Optional<Duration> parse(String text) {
        Matcher matcher = PATTERN.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long value = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        return Optional.of(switch (unit) {
            case "ns" -> Duration.ofNanos(value);
            case "μs", "µs", "us" -> Duration.ofNanos(value * 1_000);
            case "ms" -> Duration.ofMillis(value);
            case "s" -> Duration.ofSeconds(value);
            case "m" -> Duration.ofMinutes(value);
            case "h" -> Duration.ofHours(value);
            default -> Duration.ofDays(value);
        });
    }
}
