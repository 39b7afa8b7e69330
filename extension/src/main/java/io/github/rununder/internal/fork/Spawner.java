package io.github.rununder.internal.fork;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Starts a worker's process; tests put a fake peer in front of the real one. */
@FunctionalInterface
interface Spawner {

    /** Starts {@code command} in {@code directory}, with the test JVM's environment. */
    Process spawn(List<String> command, Path directory) throws IOException;

    /** The real one: {@link ProcessBuilder}, with the environment inherited. */
    Spawner PROCESS_BUILDER = (command, directory) -> new ProcessBuilder(command).directory(directory.toFile()).start();
}
