package io.github.rununder.internal.junit;

import io.github.rununder.internal.plan.TimeLimit;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Finds how long one model run of a method may take: JUnit's {@code @Timeout} on the method, on
 * its class or an enclosing class, JUnit's timeout configuration parameters, and last
 * {@code rununder.timeout.default}. The same rules as JUnit's for a test template method, so a
 * limit the user set bounds each model run.
 */
final class TimeLimits {

    private static final List<String> JUNIT_DEFAULTS = List.of(
            "junit.jupiter.execution.timeout.testtemplate.method.default",
            "junit.jupiter.execution.timeout.testable.method.default",
            "junit.jupiter.execution.timeout.default");

    private TimeLimits() {}

    static TimeLimit resolve(ExtensionContext context, Settings settings) {
        Optional<Timeout> onMethod = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), Timeout.class);
        if (onMethod.isPresent()) {
            return of(onMethod.get(), "@Timeout");
        }
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            Optional<Timeout> onClass = AnnotationSupport.findAnnotation(type, Timeout.class);
            if (onClass.isPresent()) {
                return of(onClass.get(), "@Timeout on " + type.getSimpleName());
            }
        }
        for (String key : JUNIT_DEFAULTS) {
            Optional<Duration> configured = context.getConfigurationParameter(key).flatMap(DurationSyntax::parse);
            if (configured.isPresent()) {
                return new TimeLimit(configured.get(), key, true);
            }
        }
        return settings.defaultTimeLimit();
    }

    private static TimeLimit of(Timeout timeout, String source) {
        Duration duration;
        try {
            duration = Duration.of(timeout.value(), timeout.unit().toChronoUnit());
        } catch (ArithmeticException tooLong) {
            duration = ChronoUnit.FOREVER.getDuration();
        }
        return new TimeLimit(duration, source, true);
    }
}
