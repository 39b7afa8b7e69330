package io.github.rununder.internal.junit;

import io.github.rununder.RunUnder;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Refuses a {@code @RunUnder} method that another annotation also makes a test template, such as
 * {@code @ParameterizedTest} or {@code @RepeatedTest}. JUnit would run the invocations of both
 * templates, each without the other's parameters, and fail every one of them with "No
 * ParameterResolver registered for parameter ..."; one error naming both annotations, and the way
 * to compare the models once per parameter set, says more.
 */
final class OtherTemplates {

    private OtherTemplates() {}

    /**
     * @throws ExtensionConfigurationException when another annotation of {@code method} makes it a test template
     */
    static void refuse(Class<?> testClass, Method method) {
        other(method).ifPresent(other -> {
            throw new ExtensionConfigurationException("Configuration error: @RunUnder and @" + other.getSimpleName()
                    + " on method [" + MethodNames.of(testClass, method) + "] cannot be combined: each makes the method a"
                    + " test template, and JUnit would run the invocations of both, each without the other's parameters."
                    + " To compare the models once per parameter set, put @ParameterizedClass on the class (JUnit 5.13"
                    + " or later) with the parameters in its fields or constructor, and keep @RunUnder alone on the"
                    + " method.");
        });
    }

    /** The first annotation of {@code method}, other than {@code @RunUnder} itself, that makes it a test template. */
    private static Optional<Class<? extends Annotation>> other(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            boolean runUnder = type == RunUnder.class || AnnotationSupport.isAnnotated(type, RunUnder.class);
            if (!runUnder && (type == TestTemplate.class || AnnotationSupport.isAnnotated(type, TestTemplate.class))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
