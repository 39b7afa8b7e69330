package io.github.rununder;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Expects one model to be at least {@link #atLeast()} times faster than another, comparing the
 * wall time of their rounds.
 *
 * <pre>{@code
 * @RunUnder(model = {SEQUENTIAL, VIRTUAL_THREADS}, tasks = 64, concurrency = 16)
 * @ExpectFaster(model = VIRTUAL_THREADS, than = SEQUENTIAL, atLeast = 4.0)
 * void download(TaskInfo task) throws Exception { ... }
 * }</pre>
 *
 * <p>Checked in the method's final {@code verdict} node. A failed expectation fails that node
 * with a message naming both models, the factor required and the factor measured; the
 * configuration parameter {@value RunUnder#VERDICTS_PROPERTY_NAME} turns failures into warnings
 * ({@code warn}) or skips the checks ({@code off}). Both models must be among the method's
 * {@link RunUnder#model() models}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Repeatable(ExpectFaster.List.class)
public @interface ExpectFaster {

    /** The model expected to be faster. */
    Model model();

    /** The model it is compared with. */
    Model than();

    /**
     * How many times faster {@link #model()} must be: the wall time of {@link #than()} divided by
     * that of {@link #model()}. Must be above {@code 0}; defaults to {@code 1.0} ("at least as
     * fast"). A value below {@code 1.0} states how much slower the model may be.
     */
    double atLeast() default 1.0;

    /** Holds repeated {@link ExpectFaster} annotations; written by the compiler, not by hand. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @interface List {

        /** The repeated expectations. */
        ExpectFaster[] value();
    }
}
