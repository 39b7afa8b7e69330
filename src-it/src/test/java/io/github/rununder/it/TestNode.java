package io.github.rununder.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code <testcase>} of a JUnit XML report, as Surefire and the Console Launcher write them.
 * A test-template invocation is named {@code method(Params)[n]}; the Console Launcher also records
 * its display name and report entries in {@code <system-out>}.
 *
 * @param className the test class
 * @param name      the legacy name, such as {@code nap(TaskInfo)[2]}
 * @param status    how it ended
 * @param message   the failure's or skip's message, empty when it passed
 * @param detail    the failure's or skip's text (type, message, stack trace), empty when it passed
 * @param output    what the report holds as the test's output
 * @param seconds   how long it ran, as the report says
 */
record TestNode(String className, String name, Status status, String message, String detail, String output,
        double seconds) {

    private static final Pattern INVOCATION = Pattern.compile("\\[(\\d+)]$");
    private static final Pattern DISPLAY_NAME = Pattern.compile("^display-name: (.*)$", Pattern.MULTILINE);
    private static final Pattern REPORT_ENTRY = Pattern.compile("^\\t- ([\\w.]+): (.*)$", Pattern.MULTILINE);

    /** How a node ended. */
    enum Status { PASSED, FAILED, ERROR, SKIPPED }

    /** The invocation index {@code n} of {@code method(...)[n]}, or {@code -1} for a plain test. */
    int invocation() {
        Matcher matcher = INVOCATION.matcher(name);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** The method a name such as {@code nap(TaskInfo)[2]} belongs to: {@code nap}. */
    String method() {
        int paren = name.indexOf('(');
        int bracket = name.indexOf('[');
        int end = paren >= 0 ? paren : bracket >= 0 ? bracket : name.length();
        return name.substring(0, end);
    }

    /** The display name the Console Launcher recorded (its last segment), if any. */
    Optional<String> displayName() {
        Matcher matcher = DISPLAY_NAME.matcher(output);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String path = matcher.group(1);
        return Optional.of(path.substring(path.lastIndexOf(" > ") + 3));
    }

    /** The report entries the Console Launcher recorded, key to value. */
    Map<String, String> reportEntries() {
        Map<String, String> entries = new LinkedHashMap<>();
        Matcher matcher = REPORT_ENTRY.matcher(output);
        while (matcher.find()) {
            entries.put(matcher.group(1), matcher.group(2));
        }
        return entries;
    }

    @Override
    public String toString() {
        return className + "." + name + " " + status + (message.isEmpty() ? "" : ": " + message);
    }
}
