package io.github.rununder.internal.report.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An exclusive lock on a report directory, held while a test JVM adds its part and rewrites the
 * report, so that JVMs finishing together (Surefire {@code forkCount=2}) merge one after the
 * other. An operating-system file lock on {@code .lock}: released by the system when a JVM dies
 * holding it. Threads of one JVM wait for each other too.
 */
public final class DirectoryLock implements AutoCloseable {

    static final String FILE_NAME = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits up to {@code timeout} for the lock on {@code directory}, which must exist. */
    static DirectoryLock acquire(Path directory, Duration timeout) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new DirectoryLock(channel, lock);
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new IOException("Gave up after " + timeout.toSeconds() + " s waiting for the lock " + file
                            + ", held by another test JVM writing the report");
                }
                Thread.sleep(5);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new IOException("Interrupted while waiting for the lock " + file, interrupted);
        } catch (IOException | RuntimeException failure) {
            channel.close();
            throw failure;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
