package io.github.rununder.internal.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rununder.Model;
import io.github.rununder.TaskInfo;
import io.github.rununder.internal.model.TaskContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodTaskInvokerTest {

    private final TaskContext task = new TaskContext(7, 2, Model.SEQUENTIAL, 0);

    @Test
    void aMethodTakingOnlyTheTaskInfoIsCalledFromAGeneratedClass() throws Throwable {
        Fixture fixture = new Fixture();
        MethodTaskInvoker invoker = invoker("onlyTaskInfo", fixture, List.of(TaskInfoParameterResolver.PLACEHOLDER));

        invoker.invoke(task);

        assertThat(invoker.generated()).isTrue();
        assertThat(fixture.calls).containsExactly("onlyTaskInfo 7");
    }

    @Test
    void otherShapesAreCalledThroughAMethodHandleWithTheirArgumentsBound() throws Throwable {
        Fixture fixture = new Fixture();
        MethodTaskInvoker none = invoker("noParameter", fixture, List.of());
        MethodTaskInvoker more = invoker("withOthers", fixture,
                List.of("prefix", TaskInfoParameterResolver.PLACEHOLDER, 42, TaskInfoParameterResolver.PLACEHOLDER));

        none.invoke(task);
        more.invoke(task);

        assertThat(none.generated()).isFalse();
        assertThat(more.generated()).isFalse();
        assertThat(fixture.calls).containsExactly("noParameter", "withOthers prefix 7 42 2");
    }

    @Test
    void staticMethodsWorkEitherWay() throws Throwable {
        Fixture.staticCalls.clear();
        invoker("staticTask", null, List.of(TaskInfoParameterResolver.PLACEHOLDER)).invoke(task);

        assertThat(Fixture.staticCalls).containsExactly("staticTask 7");
    }

    @Test
    void exceptionsComeOutUnwrapped() {
        MethodTaskInvoker generated = invoker("throwing", new Fixture(), List.of(TaskInfoParameterResolver.PLACEHOLDER));

        assertThatThrownBy(() -> generated.invoke(task)).isExactlyInstanceOf(IOException.class).hasMessage("task 7");
    }

    private static MethodTaskInvoker invoker(String name, Object target, List<Object> arguments) {
        java.lang.reflect.Method method = java.util.Arrays.stream(Fixture.class.getDeclaredMethods())
                .filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
        return MethodTaskInvoker.of(method, target, arguments);
    }

    static class Fixture {
        static final List<String> staticCalls = new ArrayList<>();
        final List<String> calls = new ArrayList<>();

        void onlyTaskInfo(TaskInfo task) {
            calls.add("onlyTaskInfo " + task.index());
        }

        void noParameter() {
            calls.add("noParameter");
        }

        void withOthers(String prefix, TaskInfo task, int number, TaskInfo again) {
            calls.add("withOthers " + prefix + " " + task.index() + " " + number + " " + again.round());
        }

        static void staticTask(TaskInfo task) {
            staticCalls.add("staticTask " + task.index());
        }

        void throwing(TaskInfo task) throws IOException {
            throw new IOException("task " + task.index());
        }
    }
}
