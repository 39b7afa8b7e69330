package io.github.rununder;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Expects one model to beat every other model of the {@link RunUnder} method that ran.
 *
 * <p>Checked in the method's final {@code verdict} node, like {@link ExpectFaster} with a factor of
 * {@code 1.0} against each other model. Models that could not run (for example
 * {@link Model#VIRTUAL_THREADS} before Java 21) are left out of the comparison and named in the
 * verdict; a model that failed makes the expectation unverifiable.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface ExpectFastest {

    /** The model expected to be the fastest; it must be one of the method's models. */
    Model value();
}
