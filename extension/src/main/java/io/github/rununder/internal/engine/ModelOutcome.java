package io.github.rununder.internal.engine;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import java.util.Optional;

/**
 * What became of one arm of a comparison: a model at one concurrency.
 *
 * @param arm the model and its concurrency
 * @param status whether it was measured, and if not why
 * @param reason why it was not measured (or failed later), else {@code null}
 * @param own its own rounds, measured alone (its node); {@code null} when it was not measured
 * @param warmup how its own run warmed up; {@code null} when it was not measured
 * @param interleaved its rounds measured interleaved with the other arms', on which every
 *     comparison rests; {@code null} when it was compared with nothing
 */
public record ModelOutcome(Arm arm, Status status, String reason, ModelResult own, WarmupOutcome warmup,
        ModelResult interleaved) {

    /** What became of an arm. */
    public enum Status {
        /** Its rounds were measured. */
        MEASURED,
        /** A task failed, it timed out, or its workers crashed. */
        FAILED,
        /** It cannot run here, such as {@code VIRTUAL_THREADS} before Java 21. */
        ABORTED,
        /** The configuration left it out ({@code rununder.models}). */
        LEFT_OUT,
        /** The comparison stopped before it ran. */
        NOT_RUN
    }

    /** The model. */
    public Model model() {
        return arm.model();
    }

    /** The carriers it used: {@code 1} for {@code SEQUENTIAL}. */
    public int concurrency() {
        return arm.concurrency();
    }

    /** Whether it has rounds to compare. */
    public boolean measured() {
        return status == Status.MEASURED;
    }

    /** The rounds comparisons rest on: the interleaved ones where there are any, else its own. */
    public Optional<ModelResult> comparable() {
        return Optional.ofNullable(interleaved != null ? interleaved : own);
    }

    ModelOutcome withInterleaved(ModelResult rounds) {
        return new ModelOutcome(arm, status, reason, own, warmup, rounds);
    }
}
