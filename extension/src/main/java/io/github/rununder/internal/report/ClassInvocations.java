package io.github.rununder.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The class-template invocations a method runs in — one per parameter set of a
 * {@code @ParameterizedClass} — named as JUnit names them ({@code [1] size=1024}). Both the
 * listener (from the test plan) and the verdict node (from its extension context, to meet the
 * baseline) name a method's invocation here, so the two always agree.
 */
public final class ClassInvocations {

    /** The type of the unique-id segment JUnit gives a class-template invocation. */
    static final String SEGMENT_TYPE = "class-template-invocation";

    private ClassInvocations() {}

    /** One node above a method: its unique id and display name. */
    public record Ancestor(String uniqueId, String displayName) {}

    /**
     * The invocation named by {@code ancestors} (outermost first): the display names of the
     * class-template invocations among them, joined by {@code " / "}; {@code ""} when there is none.
     */
    public static String name(List<Ancestor> ancestors) {
        List<String> names = new ArrayList<>();
        for (Ancestor ancestor : ancestors) {
            if (UniqueId.parse(ancestor.uniqueId()).getLastSegment().getType().equals(SEGMENT_TYPE)) {
                names.add(ancestor.displayName());
            }
        }
        return String.join(" / ", names);
    }

    /** The invocation {@code method} of {@code plan} runs in. */
    static String of(TestPlan plan, TestIdentifier method) {
        List<Ancestor> ancestors = new ArrayList<>();
        for (Optional<TestIdentifier> node = plan.getParent(method); node.isPresent(); node = plan.getParent(node.get())) {
            ancestors.add(0, new Ancestor(node.get().getUniqueId(), node.get().getDisplayName()));
        }
        return name(ancestors);
    }
}
