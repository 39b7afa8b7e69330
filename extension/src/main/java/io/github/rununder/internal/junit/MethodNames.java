package io.github.rununder.internal.junit;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Names methods the way messages show them: {@code NapTest.nap(TaskInfo)}. */
final class MethodNames {

    private MethodNames() {}

    static String of(Class<?> testClass, Method method) {
        String parameters = Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName)
                .collect(Collectors.joining(", "));
        return testClass.getSimpleName() + "." + method.getName() + "(" + parameters + ")";
    }
}
