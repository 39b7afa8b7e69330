package io.github.rununder.internal.plan;

import io.github.rununder.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a comparison may ask for before anything starts: no more worker JVMs than tasks to give
 * them, no more worker JVMs or platform threads than a machine can sensibly run, and JVM arguments
 * a worker can take as they are. Each problem is one sentence naming the attribute and the fix;
 * the annotation and the code-driven API wrap them in their own way.
 */
public final class Limits {

    /** Worker JVMs: each takes tens of megabytes and most of a second of CPU to start. */
    public static final int MAX_WORKERS = 128;

    /** Platform threads: each has its own stack, and the system caps their number per process. */
    public static final int MAX_PLATFORM_THREADS = 10_000;

    private static final Set<String> OWN_OPTIONS = Set.of("-cp", "-classpath", "--class-path", "-jar", "-m", "--module");

    private Limits() {}

    /** Problems of running {@code models} at {@code concurrency} with {@code tasks} per round. */
    public static List<String> workload(List<Model> models, int tasks, int concurrency) {
        List<String> problems = new ArrayList<>();
        if (models.contains(Model.PROCESSES) && concurrency > MAX_WORKERS) {
            problems.add("runs PROCESSES with a 'concurrency' of " + concurrency + ": every worker is a JVM of tens of"
                    + " megabytes that takes most of a second of CPU to start, and at most " + MAX_WORKERS
                    + " are allowed. Lower 'concurrency'.");
        } else if (models.contains(Model.PROCESSES) && tasks > 0 && concurrency > tasks) {
            problems.add("runs PROCESSES with a 'concurrency' of " + concurrency + " but only " + tasks + " 'tasks': "
                    + (concurrency - tasks) + " worker JVMs would start and never get a task. Set 'concurrency' to at"
                    + " most 'tasks', or raise 'tasks'.");
        }
        if (models.contains(Model.THREADS) && concurrency > MAX_PLATFORM_THREADS) {
            problems.add("runs THREADS with a 'concurrency' of " + concurrency + " platform threads: each has a stack"
                    + " of its own and the system caps how many a process may have, so at most " + MAX_PLATFORM_THREADS
                    + " are allowed. Lower 'concurrency', or use VIRTUAL_THREADS or ASYNC for that many tasks in flight.");
        }
        return problems;
    }

    /** Problems of JVM arguments for workers, each element being one argument, as {@code attribute} names them. */
    public static List<String> jvmArgs(String attribute, List<String> arguments) {
        List<String> problems = new ArrayList<>();
        for (String argument : arguments) {
            if (argument == null || argument.isBlank()) {
                problems.add("has an empty element in '" + attribute + "'. Remove it.");
            } else if (!argument.equals(argument.strip())) {
                problems.add("has '" + argument + "' in '" + attribute + "', with spaces around it. Give each"
                        + " argument without them.");
            } else if (argument.indexOf('"') >= 0 || argument.indexOf('\'') >= 0) {
                problems.add("has '" + argument + "' in '" + attribute + "': quotes reach the JVM as they are, since"
                        + " each element is already one argument. Leave the quotes out: \"-Dname=two words\".");
            } else if (!argument.startsWith("-")) {
                problems.add("has '" + argument + "' in '" + attribute + "', which is no JVM option (they start with"
                        + " '-'): the worker would take it for its main class. Give JVM options only.");
            } else if (OWN_OPTIONS.contains(argument.split("[= ]", 2)[0]) || argument.matches("-\\S+\\s+-.*")) {
                problems.add("has '" + argument + "' in '" + attribute + "'" + (argument.matches("-\\S+\\s+-.*")
                        ? ", which looks like two arguments in one element. Give each argument as an element of its own."
                        : ", which would replace the worker's class path or main class. RunUnder sets those; remove it."));
            }
        }
        return problems;
    }
}
