package io.github.rununder.internal.junit;

import io.github.rununder.ExpectFaster;
import io.github.rununder.ExpectFastest;
import io.github.rununder.ExpectScaling;
import io.github.rununder.RunUnder;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.plan.PlanBuilder;
import io.github.rununder.internal.plan.Syntax;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Reads a method's {@code @RunUnder} and expectations, with the run's settings, into a plan. */
final class PlanReader {

    private PlanReader() {}

    /**
     * @throws io.github.rununder.internal.plan.InvalidPlanException when the declaration is invalid
     */
    static Plan read(ExtensionContext context, Settings settings) {
        Method method = context.getRequiredTestMethod();
        RunUnder runUnder = AnnotationSupport.findAnnotation(method, RunUnder.class).orElseThrow();
        String subject = MethodNames.of(context.getRequiredTestClass(), method);
        PlanBuilder builder = new PlanBuilder(subject, TimeLimits.resolve(context, settings), Syntax.annotations(subject))
                .models(Arrays.asList(runUnder.model()))
                .allowedModels(settings.allowedModels())
                .tasks(runUnder.tasks())
                .concurrency(runUnder.concurrency())
                .warmup(runUnder.warmup() == -1 ? settings.defaultWarmup() : runUnder.warmup())
                .rounds(runUnder.rounds() == -1 ? settings.defaultRounds() : runUnder.rounds())
                .jvmArgs(List.of(runUnder.jvmArgs()));
        for (ExpectFaster faster : AnnotationSupport.findRepeatableAnnotations(method, ExpectFaster.class)) {
            builder.expect(new Expectation.Faster(faster.model(), faster.than(), faster.atLeast()));
        }
        AnnotationSupport.findAnnotation(method, ExpectFastest.class)
                .ifPresent(fastest -> builder.expect(new Expectation.Fastest(fastest.value())));
        for (ExpectScaling scaling : AnnotationSupport.findRepeatableAnnotations(method, ExpectScaling.class)) {
            builder.expect(new Expectation.Scaling(scaling.model(), scaling.from(), scaling.to(), scaling.atLeast()));
        }
        return builder.build();
    }
}
