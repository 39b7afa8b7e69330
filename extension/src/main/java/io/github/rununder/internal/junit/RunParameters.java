package io.github.rununder.internal.junit;

import java.lang.reflect.Field;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The names of the run's JUnit configuration parameters, so that a worker's Launcher gets all of
 * them: those given to the launcher (Surefire's {@code configurationParameters}, an IDE's, the
 * Console Launcher's {@code --config}) and those of {@code junit-platform.properties}.
 *
 * <p>Jupiter has no public way to list them: {@link ExtensionContext} answers for one name at a
 * time. The names come from the engine's own {@link ConfigurationParameters}, reached through the
 * context's configuration (fields whose values are Jupiter's configuration objects, at most three
 * steps deep), and whatever is found there is read back through the public
 * {@link ExtensionContext#getConfigurationParameter}. Where that path is closed (another Jupiter
 * version, JUnit on the module path) only the well-known names below are forwarded; parameters
 * given as system properties reach the worker as system properties either way.
 */
final class RunParameters {

    /** Names forwarded in any case: RunUnder's own and Jupiter's that change how a class runs. */
    static final List<String> WELL_KNOWN = List.of(
            "rununder.rounds.default",
            "rununder.warmup.default",
            "rununder.verdicts",
            "junit.jupiter.testinstance.lifecycle.default",
            "junit.jupiter.extensions.autodetection.enabled",
            "junit.jupiter.extensions.autodetection.include",
            "junit.jupiter.extensions.autodetection.exclude",
            "junit.jupiter.displayname.generator.default",
            "junit.jupiter.tempdir.cleanup.mode.default",
            "junit.jupiter.conditions.deactivate",
            "junit.jupiter.extensions.deactivate",
            "junit.jupiter.testmethod.order.default",
            "junit.jupiter.testclass.order.default",
            "junit.jupiter.extensions.store.close.autocloseable.enabled");

    private RunParameters() {}

    /** Every parameter name the run has that could be found, the well-known ones first. */
    static Set<String> names(ExtensionContext context) {
        Set<String> names = new LinkedHashSet<>(WELL_KNOWN);
        find(context, 0).ifPresent(parameters -> names.addAll(parameters.keySet()));
        return names;
    }

    private static Optional<ConfigurationParameters> find(Object holder, int depth) {
        if (holder instanceof ConfigurationParameters parameters) {
            return Optional.of(parameters);
        }
        if (depth > 3) {
            return Optional.empty();
        }
        for (Class<?> type = holder.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) || !configurationLike(field.getType())) {
                    continue;
                }
                try {
                    if (field.trySetAccessible()) {
                        Object value = field.get(holder);
                        Optional<ConfigurationParameters> found = value == null ? Optional.empty() : find(value, depth + 1);
                        if (found.isPresent()) {
                            return found;
                        }
                    }
                } catch (IllegalAccessException | RuntimeException closed) {
                    // this path is closed: try the next field
                }
            }
        }
        return Optional.empty();
    }

    private static boolean configurationLike(Class<?> type) {
        return ConfigurationParameters.class.isAssignableFrom(type) || type.getName().endsWith("Configuration");
    }
}
