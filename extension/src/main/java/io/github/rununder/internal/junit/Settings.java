package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.RunUnder;
import io.github.rununder.internal.blocking.BlockingMode;
import io.github.rununder.internal.engine.ExplainMode;
import io.github.rununder.internal.engine.PinningMode;
import io.github.rununder.internal.plan.Limits;
import io.github.rununder.internal.plan.TimeLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@code rununder.*} configuration parameters of one test run, read once and cached in the
 * root store. Bad values are collected, not thrown, so every {@code @RunUnder} method of the run
 * fails with the same {@code Configuration error:} before running anything.
 */
final class Settings {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Settings.class);

    private final List<String> problems = new ArrayList<>();
    private final int defaultRounds;
    private final int defaultWarmup;
    private final TimeLimit defaultTimeLimit;
    private final Set<Model> allowedModels;
    private final String allowedModelsText;
    private final VerdictMode verdictMode;
    private final Duration verdictBudget;
    private final Duration warmupLimit;
    private final List<String> forkJvmArgs;
    private final boolean forkStartupCache;
    private final ReportSettings report;
    private final BlockingMode asyncBlocking;
    private final ExplainMode explain;
    private final PinningMode pinning;

    private Settings(Function<String, Optional<String>> parameters) {
        defaultRounds = integer(parameters, RunUnder.ROUNDS_DEFAULT_PROPERTY_NAME, RunUnder.DEFAULT_ROUNDS, 1);
        defaultWarmup = integer(parameters, RunUnder.WARMUP_DEFAULT_PROPERTY_NAME, RunUnder.DEFAULT_WARMUP, 0);
        defaultTimeLimit = timeLimit(parameters);
        allowedModelsText = parameters.apply(RunUnder.MODELS_PROPERTY_NAME).orElse(null);
        allowedModels = models(allowedModelsText);
        verdictMode = verdictMode(parameters.apply(RunUnder.VERDICTS_PROPERTY_NAME).orElse("fail"));
        verdictBudget = durationOrZero(RunUnder.VERDICT_BUDGET_PROPERTY_NAME, parameters.apply(
                RunUnder.VERDICT_BUDGET_PROPERTY_NAME).orElse(RunUnder.DEFAULT_VERDICT_BUDGET),
                RunUnder.DEFAULT_VERDICT_BUDGET, "'30 s' or '2 m', or '0' for no extra rounds");
        warmupLimit = durationOrZero(RunUnder.WARMUP_LIMIT_PROPERTY_NAME, parameters.apply(
                RunUnder.WARMUP_LIMIT_PROPERTY_NAME).orElse(RunUnder.DEFAULT_WARMUP_LIMIT),
                RunUnder.DEFAULT_WARMUP_LIMIT, "'5 s' or '500 ms', or '0' to warm up for the declared rounds only");
        asyncBlocking = asyncBlocking(parameters.apply(RunUnder.ASYNC_BLOCKING_PROPERTY_NAME).orElse("report"));
        explain = oneOf(RunUnder.EXPLAIN_PROPERTY_NAME, parameters.apply(RunUnder.EXPLAIN_PROPERTY_NAME).orElse("auto"),
                ExplainMode.class, ExplainMode.AUTO, "'auto', 'on' or 'off'");
        pinning = oneOf(RunUnder.PINNING_PROPERTY_NAME, parameters.apply(RunUnder.PINNING_PROPERTY_NAME).orElse("report"),
                PinningMode.class, PinningMode.REPORT, "'report', 'fail' or 'off'");
        forkJvmArgs = forkJvmArgs(parameters.apply(RunUnder.FORK_JVM_ARGS_PROPERTY_NAME));
        forkStartupCache = onOrOff(RunUnder.FORK_STARTUP_CACHE_PROPERTY_NAME,
                parameters.apply(RunUnder.FORK_STARTUP_CACHE_PROPERTY_NAME).orElse("on"));
        report = ReportSettings.read(parameters, problems);
    }

    /** The settings of the run {@code context} belongs to, read on first use. */
    static Settings of(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        Settings settings = store.get(Settings.class, Settings.class);
        if (settings == null) {
            settings = new Settings(context::getConfigurationParameter);
            store.put(Settings.class, settings);
        }
        return settings;
    }

    /** Settings read from {@code parameters}, for tests and for the code-driven API. */
    static Settings from(Function<String, Optional<String>> parameters) {
        return new Settings(parameters);
    }

    /** Throws a configuration error naming every bad value, if there is one. */
    Settings requireValid() {
        if (!problems.isEmpty()) {
            throw new ExtensionConfigurationException(String.join(System.lineSeparator(), problems));
        }
        return this;
    }

    int defaultRounds() {
        return defaultRounds;
    }

    int defaultWarmup() {
        return defaultWarmup;
    }

    TimeLimit defaultTimeLimit() {
        return defaultTimeLimit;
    }

    Set<Model> allowedModels() {
        return allowedModels;
    }

    /** The {@code rununder.models} value as configured, for skip reasons; {@code null} when unset. */
    String allowedModelsText() {
        return allowedModelsText;
    }

    VerdictMode verdictMode() {
        return verdictMode;
    }

    /** How long the verdict node may measure more rounds ({@code rununder.verdict.budget}); zero for none. */
    Duration verdictBudget() {
        return verdictBudget;
    }

    /** How long a model may warm up beyond its declared rounds ({@code rununder.warmup.limit}); zero for not at all. */
    Duration warmupLimit() {
        return warmupLimit;
    }

    List<String> forkJvmArgs() {
        return forkJvmArgs;
    }

    /** Whether PROCESSES workers start from a class-data archive ({@code rununder.fork.startupCache}). */
    boolean forkStartupCache() {
        return forkStartupCache;
    }

    private boolean onOrOff(String key, String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (!value.equals("on") && !value.equals("off")) {
            problems.add("Configuration error: '" + key + "' must be 'on' or 'off', but was '" + text + "'.");
        }
        return !value.equals("off");
    }

    /** The report directory, baseline and baseline mode. */
    ReportSettings report() {
        return report;
    }

    BlockingMode asyncBlocking() {
        return asyncBlocking;
    }

    /** When to explain comparisons ({@code rununder.explain}). */
    ExplainMode explain() {
        return explain;
    }

    /** What a pinned virtual thread does ({@code rununder.pinning}). */
    PinningMode pinning() {
        return pinning;
    }

    private <E extends Enum<E>> E oneOf(String key, String text, Class<E> type, E fallback, String allowed) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("Configuration error: '" + key + "' must be one of " + allowed + ", but was '" + text + "'.");
            return fallback;
        }
    }

    private BlockingMode asyncBlocking(String text) {
        try {
            return BlockingMode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("Configuration error: '" + RunUnder.ASYNC_BLOCKING_PROPERTY_NAME
                    + "' must be one of 'report', 'fail' or 'off', but was '" + text + "'.");
            return BlockingMode.REPORT;
        }
    }

    private int integer(Function<String, Optional<String>> parameters, String key, int fallback, int minimum) {
        Optional<String> text = parameters.apply(key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get().trim());
            if (value >= minimum) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add("Configuration error: '" + key + "' must be an integer of at least " + minimum
                + ", but was '" + text.get() + "'. Fix or remove it.");
        return fallback;
    }

    private TimeLimit timeLimit(Function<String, Optional<String>> parameters) {
        String key = RunUnder.TIMEOUT_DEFAULT_PROPERTY_NAME;
        String text = parameters.apply(key).orElse(RunUnder.DEFAULT_TIMEOUT);
        return DurationSyntax.parse(text).map(d -> new TimeLimit(d, key)).orElseGet(() -> {
            problems.add(DurationSyntax.tooLong(text) ? tooLong(key, text)
                    : "Configuration error: '" + key + "' must be a duration such as '90 s', '2 m' or '500 ms', but was '"
                    + text + "'. Fix or remove it.");
            return new TimeLimit(DurationSyntax.parse(RunUnder.DEFAULT_TIMEOUT).orElseThrow(), key);
        });
    }

    private Set<Model> models(String text) {
        Set<Model> models = EnumSet.allOf(Model.class);
        if (text == null) {
            return models;
        }
        models.clear();
        for (String name : text.split(",")) {
            String trimmed = name.trim().toUpperCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                models.add(Model.valueOf(trimmed));
            } catch (IllegalArgumentException e) {
                problems.add("Configuration error: '" + RunUnder.MODELS_PROPERTY_NAME + "' lists '" + name.trim()
                        + "', which is not a model. Use a comma-separated list of "
                        + Arrays.stream(Model.values()).map(Model::name).collect(Collectors.joining(", ")) + ".");
            }
        }
        if (models.isEmpty() && problems.isEmpty()) {
            problems.add("Configuration error: '" + RunUnder.MODELS_PROPERTY_NAME
                    + "' is set but names no model. Name at least one, or remove it to run every declared model.");
        }
        return models;
    }

    private Duration durationOrZero(String key, String text, String fallback, String examples) {
        if (text.trim().equals("0")) {
            return Duration.ZERO;
        }
        return DurationSyntax.parse(text).orElseGet(() -> {
            problems.add(DurationSyntax.tooLong(text) ? tooLong(key, text)
                    : "Configuration error: '" + key + "' must be a duration such as " + examples + ", but was '"
                    + text + "'. Fix or remove it.");
            return DurationSyntax.parse(fallback).orElseThrow();
        });
    }

    private static String tooLong(String key, String text) {
        return "Configuration error: '" + key + "' is '" + text + "', longer than RunUnder can time (a clock of"
                + " nanoseconds reaches about 292 years). Give a shorter duration, such as '2 h'.";
    }

    /**
     * {@code rununder.fork.jvmArgs}, split at whitespace. Quotes are not parsed: a value with them is
     * refused, pointing to {@code @RunUnder(jvmArgs)}, whose elements are one argument each.
     */
    private List<String> forkJvmArgs(Optional<String> configured) {
        if (configured.isEmpty()) {
            return List.of();
        }
        String key = RunUnder.FORK_JVM_ARGS_PROPERTY_NAME;
        String text = configured.get();
        if (text.indexOf('"') >= 0 || text.indexOf('\'') >= 0) {
            problems.add("Configuration error: '" + key + "' is '" + text + "', with quotes: it is split at spaces"
                    + " and its quotes are not parsed, so they would reach the JVM as they are. Give an argument with"
                    + " spaces in @RunUnder(jvmArgs = {...}), one argument per element, without quotes.");
            return List.of();
        }
        List<String> arguments = Arrays.stream(text.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        Limits.jvmArgs(key, arguments).forEach(problem -> problems.add("Configuration error: '" + key + "' "
                + problem.replace(" in '" + key + "'", "")));
        return arguments;
    }

    private VerdictMode verdictMode(String text) {
        try {
            return VerdictMode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("Configuration error: '" + RunUnder.VERDICTS_PROPERTY_NAME + "' must be one of 'fail', 'warn' or 'off', but was '"
                    + text + "'.");
            return VerdictMode.FAIL;
        }
    }
}
