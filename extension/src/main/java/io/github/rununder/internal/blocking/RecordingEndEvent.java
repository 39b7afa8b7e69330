package io.github.rununder.internal.blocking;

import jdk.jfr.Category;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** Committed once at the end: when the stream delivers it, every earlier event has been delivered. */
@Name("io.github.rununder.LoopRecordingEnd")
@Label("RunUnder loop recording end")
@Category("RunUnder")
final class RecordingEndEvent extends jdk.jfr.Event {}
