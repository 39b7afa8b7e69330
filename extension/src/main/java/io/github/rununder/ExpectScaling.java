package io.github.rununder;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Expects a model to gain throughput from concurrency: at concurrency {@link #to()} it completes
 * at least {@link #atLeast()} times the tasks per second it completes at {@link #from()}.
 *
 * <pre>{@code
 * @RunUnder(model = {THREADS, VIRTUAL_THREADS}, tasks = 64, concurrency = {1, 2, 4, 8, 16})
 * @ExpectScaling(model = THREADS, from = 1, to = 8, atLeast = 5.0)
 * void download(TaskInfo task) throws Exception { ... }
 * }</pre>
 *
 * <p>Both levels must be among the method's {@link RunUnder#concurrency() concurrency}, and
 * {@link #model()} among its {@link RunUnder#model() models}; {@link Model#SEQUENTIAL} runs at one
 * concurrency only and cannot be named. Every round runs the same {@link RunUnder#tasks() tasks}, so
 * the claim compares round times: "THREADS ×8 gives at least 5× the throughput of THREADS ×1" is
 * "THREADS ×8 is at least 5× faster than THREADS ×1".
 *
 * <p>Checked in the method's final {@code verdict} node and decided as {@link ExpectFaster} is: on
 * the rounds measured interleaved with the other levels and models, from a 99% confidence interval
 * of the ratio; it holds when the whole interval clears {@link #atLeast()}, fails when the whole
 * interval falls short, and while the interval straddles it, both levels are measured again until
 * it is decided or {@value RunUnder#VERDICT_BUDGET_PROPERTY_NAME} is spent. A failure reads
 * {@code Expected THREADS ×8 to give at least 5.0× the throughput of THREADS ×1, but it gave 3.1×
 * (99% CI 2.9×–3.3×, 5 rounds each)}.
 *
 * @see RunUnder#concurrency()
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Repeatable(ExpectScaling.List.class)
public @interface ExpectScaling {

    /** The model whose scaling is claimed; not {@link Model#SEQUENTIAL}. */
    Model model();

    /** The lower concurrency, one of the method's {@link RunUnder#concurrency() levels}. */
    int from();

    /** The higher concurrency, one of the method's {@link RunUnder#concurrency() levels}, above {@link #from()}. */
    int to();

    /**
     * How many times the throughput at {@link #from()} the model must give at {@link #to()}; above
     * {@code 0}, default {@code 1.0} ("no less throughput"). Perfect scaling from 1 to 8 would give
     * 8.0; a value below {@code 1.0} states how much throughput may be lost.
     */
    double atLeast() default 1.0;

    /** Holds repeated {@link ExpectScaling} annotations; written by the compiler, not by hand. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @interface List {

        /** The repeated expectations. */
        ExpectScaling[] value();
    }
}
