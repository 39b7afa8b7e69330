package io.github.rununder.internal.fork;

import io.github.rununder.Model;
import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What a worker does, rehearsed once by a training worker so that a class-data archive holds what
 * a worker loads on its way into a test: the Launcher, discovery by unique id, the extension's
 * worker invocation, the channel. It lives in the library's jar, which a training class path of
 * jars only can hold (test-class directories cannot be archived), and its name matches no test
 * pattern; should anything select it outside a worker, it is disabled.
 */
@EnabledIfSystemProperty(named = WorkerRuntime.WORKER_PROPERTY, matches = "true")
public final class Rehearsal {

    /** The unique id a training worker runs. */
    static final String UNIQUE_ID = "[engine:junit-jupiter]/[class:" + Rehearsal.class.getName()
            + "]/[test-template:rehearse(" + TaskInfo.class.getName() + ")]";

    @RunUnder(model = Model.PROCESSES, tasks = 4, concurrency = 1, warmup = 0, rounds = 1)
    void rehearse(TaskInfo task) {
        if (task.index() < 0) {
            throw new IllegalStateException("a task index is never negative");
        }
    }
}
