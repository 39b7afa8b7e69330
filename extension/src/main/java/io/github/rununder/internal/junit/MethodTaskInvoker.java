package io.github.rununder.internal.junit;

import io.github.rununder.TaskInfo;
import io.github.rununder.internal.model.TaskInvoker;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls the test method as a task: a method handle of type {@code (TaskInfo)void} with the test
 * instance and every other resolved argument bound, and each {@code TaskInfo} parameter fed by the
 * task's own {@code TaskInfo}. Exceptions the method throws come out unwrapped.
 */
final class MethodTaskInvoker implements TaskInvoker {

    private static final MethodType TASK = MethodType.methodType(void.class, TaskInfo.class);

    private final MethodHandle handle;

    private MethodTaskInvoker(MethodHandle handle) {
        this.handle = handle;
    }

    /**
     * @param method the test method
     * @param target the test instance, {@code null} for a static method
     * @param arguments the arguments JUnit resolved, with {@link TaskInfoParameterResolver#PLACEHOLDER}
     *     where the task's {@code TaskInfo} goes
     */
    static MethodTaskInvoker of(Method method, Object target, List<Object> arguments) {
        try {
            method.setAccessible(true);
            MethodHandle handle = MethodHandles.lookup().unreflect(method);
            if (!Modifier.isStatic(method.getModifiers())) {
                handle = handle.bindTo(target);
            }
            List<Integer> taskInfoPositions = new ArrayList<>();
            for (int i = arguments.size() - 1; i >= 0; i--) {
                Object argument = arguments.get(i);
                if (argument == TaskInfoParameterResolver.PLACEHOLDER) {
                    taskInfoPositions.add(0, i);
                } else {
                    handle = MethodHandles.insertArguments(handle, i, argument);
                }
            }
            if (taskInfoPositions.isEmpty()) {
                handle = MethodHandles.dropArguments(handle, 0, TaskInfo.class);
            } else if (taskInfoPositions.size() > 1) {
                MethodType collapsed = MethodType.methodType(handle.type().returnType(), TaskInfo.class);
                handle = MethodHandles.permuteArguments(handle, collapsed, new int[taskInfoPositions.size()]);
            }
            return new MethodTaskInvoker(handle.asType(TASK));
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalStateException("Cannot call " + method + " as a task: " + e, e);
        }
    }

    @Override
    public void invoke(TaskInfo task) throws Throwable {
        handle.invokeExact(task);
    }
}
