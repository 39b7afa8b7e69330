package io.github.rununder.bench;

/** A main that does nothing: what a bare JVM on a worker's class path costs to start and exit. */
public final class EmptyMain {

    private EmptyMain() {}

    public static void main(String[] args) {
        // nothing: the JVM's own start-up is what is measured
    }
}
