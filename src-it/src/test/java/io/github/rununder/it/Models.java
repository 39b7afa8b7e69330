package io.github.rununder.it;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;

import io.github.rununder.Model;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The models the {@code same-tests} project declares, and those the integration builds and
 * launchers let run, through the configuration parameter {@code rununder.models}.
 */
final class Models {

    /** The models of {@code NapTest.nap} in same-tests, in its order, and so the order of its nodes. */
    static final List<Model> NAP = List.of(SEQUENTIAL, THREADS, VIRTUAL_THREADS, ASYNC);

    /** The models of {@code PreparedStateTest.lookUp} in same-tests: all five. */
    static final List<Model> ALL = List.of(SEQUENTIAL, THREADS, VIRTUAL_THREADS, PROCESSES, ASYNC);

    /**
     * The models that run. PROCESSES (issue 3) is left out until it lands: switching on its cases
     * under Surefire's class-path set-ups and both Console Launcher modes is adding PROCESSES here.
     */
    static final Set<Model> RUN = EnumSet.of(SEQUENTIAL, THREADS, VIRTUAL_THREADS, PROCESSES, ASYNC);

    private Models() {}

    /** Those of {@code declared} that run, in node order. */
    static List<Model> running(List<Model> declared) {
        return declared.stream().filter(RUN::contains).toList();
    }

    /** The value of {@code rununder.models} that lets exactly {@link #RUN} run. */
    static String parameter() {
        return running(ALL).stream().map(Model::name).collect(Collectors.joining(","));
    }
}
