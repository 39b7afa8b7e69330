/**
 * The PROCESSES model: forked worker JVMs, their command line and class path, the framed channel
 * between test JVM and worker, and the worker's main class (which alone runs a JUnit Launcher).
 */
package io.github.rununder.internal.fork;
