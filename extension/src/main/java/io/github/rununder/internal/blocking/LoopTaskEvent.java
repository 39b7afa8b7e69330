package io.github.rununder.internal.blocking;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** Marks the synchronous part of one ASYNC task on the event loop, so blocking events can be placed in it. */
@Name("io.github.rununder.LoopTask")
@Label("RunUnder ASYNC task on the event loop")
@Category("RunUnder")
@Description("The synchronous part of one task, run on the ASYNC model's event-loop thread")
final class LoopTaskEvent extends jdk.jfr.Event {

    @Label("Task index")
    int index;

    @Label("Measured round")
    boolean measured;
}
