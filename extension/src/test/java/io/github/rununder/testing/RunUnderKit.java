package io.github.rununder.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs fixture classes on the real Jupiter engine and wraps the events in assertions about
 * RunUnder's nodes. Fixtures are static nested classes, which Surefire never runs on its own.
 */
public final class RunUnderKit {

    private RunUnderKit() {}

    /** Runs {@code testClasses} with the given configuration parameters. */
    public static KitRun run(Map<String, String> configuration, Class<?>... testClasses) {
        EngineTestKit.Builder builder = EngineTestKit.engine("junit-jupiter");
        for (Class<?> testClass : testClasses) {
            builder = builder.selectors(selectClass(testClass));
        }
        return new KitRun(builder.configurationParameters(configuration).execute());
    }

    /** Runs {@code testClasses} without configuration parameters. */
    public static KitRun run(Class<?>... testClasses) {
        return run(Map.of(), testClasses);
    }
}
