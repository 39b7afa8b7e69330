package io.github.rununder.internal.fork;

/**
 * A message from a worker, or the end of its channel ({@code message == null}).
 *
 * @param worker the worker it came from
 * @param message what it sent, or {@code null} when its channel closed (it exited or crashed)
 */
record WorkerEvent(Worker worker, Message message) {}
