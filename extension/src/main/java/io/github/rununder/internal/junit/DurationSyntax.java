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

    /**
     * The duration {@code text} denotes, or empty when it is not in the syntax or longer than
     * {@link #tooLong(String) RunUnder can time}.
     */
    static Optional<Duration> parse(String text) {
        return parseAny(text).filter(duration -> !overflows(duration));
    }

    /**
     * Whether {@code text} is in the syntax but longer than a clock of nanoseconds in a {@code long}
     * can time (about 292 years), such as {@code 200000 d}.
     */
    static boolean tooLong(String text) {
        Matcher matcher = PATTERN.matcher(text.trim().toLowerCase(Locale.ROOT));
        return matcher.matches() && parseAny(text).map(DurationSyntax::overflows).orElse(true);
    }

    private static Optional<Duration> parseAny(String text) {
        Matcher matcher = PATTERN.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            return Optional.of(switch (unit) {
                case "ns" -> Duration.ofNanos(value);
                case "μs", "µs", "us" -> Duration.ofNanos(Math.multiplyExact(value, 1_000L));
                case "ms" -> Duration.ofMillis(value);
                case "s" -> Duration.ofSeconds(value);
                case "m" -> Duration.ofMinutes(value);
                case "h" -> Duration.ofHours(value);
                default -> Duration.ofDays(value);
            });
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            return Optional.empty();
        }
    }

    private static boolean overflows(Duration duration) {
        try {
            duration.toNanos();
            return false;
        } catch (ArithmeticException e) {
            return true;
        }
    }
}
