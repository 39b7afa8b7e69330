package io.github.rununder.samples;

/**
 * PostgreSQL's {@code pg_sleep} for H2, so that the database sample sends the same SQL to both:
 * declared in H2 as {@code CREATE ALIAS PG_SLEEP FOR 'io.github.rununder.samples.H2Functions.pgSleep'}.
 * H2 runs it on the server thread of the calling connection, which waits as a PostgreSQL backend
 * in {@code pg_sleep} does, while other connections' queries go on. Public, because H2 calls it
 * by reflection.
 */
public final class H2Functions {

    private H2Functions() {}

    /** Waits {@code seconds} in the server, as {@code pg_sleep(seconds)} does. */
    public static void pgSleep(double seconds) throws InterruptedException {
        long millis = (long) (seconds * 1000);
        Thread.sleep(millis, (int) Math.round((seconds * 1000 - millis) * 1_000_000));
    }
}
