package io.github.rununder.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Main class of a child test JVM: runs the fixture class named by its argument on the Jupiter engine. */
public final class LaunchFixture {

    private LaunchFixture() {}

    public static void main(String[] args) {
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(args[0]))
                .build());
    }
}
