package io.github.rununder.internal.report;

import java.util.Locale;
import java.util.Optional;

/**
 * Tells which build a test JVM belongs to, so that parts left by an earlier build (a run without
 * {@code mvn clean}) are told apart from parts of this one.
 *
 * <p>The build is the JVM that started this one: Surefire starts its forks through
 * {@code /bin/sh}, so the parent or, past one shell, the grandparent when that is a JVM (Maven,
 * Gradle's daemon, an IDE). A test JVM with no JVM above it (the Console Launcher from a shell,
 * Surefire with {@code forkCount=0}) is a build of its own. A process is named by its id and start
 * time, so that a reused process id is never mistaken for the same build.
 */
public final class BuildSession {

    private BuildSession() {}

    /** The build of this JVM: {@code 4242@2026-11-27T09:00:00Z}. */
    static String current() {
        ProcessHandle self = ProcessHandle.current();
        Optional<ProcessHandle> parent = self.parent();
        if (parent.isPresent() && isJvm(parent.get())) {
            return name(parent.get());
        }
        Optional<ProcessHandle> grandparent = parent.filter(BuildSession::isShell).flatMap(ProcessHandle::parent);
        if (grandparent.isPresent() && isJvm(grandparent.get())) {
            return name(grandparent.get());
        }
        return name(self);
    }

    private static String name(ProcessHandle process) {
        return process.pid() + "@" + process.info().startInstant().map(Object::toString).orElse("?");
    }

    private static boolean isJvm(ProcessHandle process) {
        String command = executable(process);
        return command.equals("java") || command.equals("java.exe") || command.equals("javaw.exe");
    }

    private static boolean isShell(ProcessHandle process) {
        String command = executable(process);
        return command.equals("sh") || command.equals("dash") || command.equals("bash") || command.equals("zsh")
                || command.equals("cmd.exe");
    }

    private static String executable(ProcessHandle process) {
        String command = process.info().command().orElse("");
        int slash = Math.max(command.lastIndexOf('/'), command.lastIndexOf('\\'));
        return command.substring(slash + 1).toLowerCase(Locale.ROOT);
    }
}
