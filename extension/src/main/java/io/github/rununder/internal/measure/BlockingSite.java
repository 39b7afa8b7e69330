package io.github.rununder.internal.measure;

/**
 * One place where tasks blocked the {@code ASYNC} event loop.
 *
 * @param call the blocking call, such as {@code Thread.sleep} or {@code socket read}
 * @param userFrame the task code that made it, such as {@code BlockingTest.blocksLoop(BlockingTest.java:12)}
 * @param count how often it blocked the loop
 * @param totalNanos how long it blocked the loop in all
 */
public record BlockingSite(String call, String userFrame, long count, long totalNanos) {

    /** {@code Thread.sleep in BlockingTest.blocksLoop(BlockingTest.java:12): 24 times, 480 ms in all}. */
    public String describe() {
        return call + " in " + userFrame + ": " + count + (count == 1 ? " time, " : " times, ")
                + Durations.format(totalNanos) + " in all";
    }
}
