package io.github.rununder.samples;

// tag::compare[]
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static io.github.rununder.assertj.RunUnderAssertions.assertThat;

import io.github.rununder.Compare;
import io.github.rununder.Comparison;
import io.github.rununder.Task;
import io.github.rununder.TaskInfo;
import io.github.rununder.WorkloadKind;
import org.junit.jupiter.api.Test;

/** The nap workload from code: no annotation, the same engine, AssertJ assertions on the result. */
class CompareSample {

    /** A class with a public no-argument constructor, so that PROCESSES workers could rebuild it too. */
    public static class Nap implements Task {
        @Override
        public void run(TaskInfo task) throws InterruptedException {
            Thread.sleep(15);
        }
    }

    @Test
    void threadsBeatSequentialOnNaps() {
        Comparison naps = Compare.workload(new Nap())
                .model(SEQUENTIAL, THREADS, VIRTUAL_THREADS).tasks(24).concurrency(8)
                .expectFaster(THREADS, SEQUENTIAL, 3.0)   // measured until decided, like @ExpectFaster
                .run();

        assertThat(naps).model(THREADS).isFasterThan(SEQUENTIAL).byAtLeast(3.0);
        assertThat(naps).fastestModel().isIn(THREADS, VIRTUAL_THREADS);
        assertThat(naps).classification().isEqualTo(WorkloadKind.IO_BOUND);
    }
}
// end::compare[]
