package io.github.rununder.internal.engine;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.model.ModelSession;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.stats.InterleavedCycles;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The rounds every comparison rests on: each model that ran is opened again, warmed up again (one
 * declared round, then until warm: a fresh worker JVM or test instance may not be), and measured in
 * interleaved cycles with the others (see {@link InterleavedCycles}). Rounds measured one model
 * after another carry whatever warmed up or changed between the models — the JIT, a pool filling
 * lazily, a cache, another build on the machine — to the disadvantage of the model that ran first;
 * rounds measured in shuffled cycles share it out alike.
 *
 * <p>All sessions stay open until the comparison is done and share one deadline: the plan's time
 * limit, started when the first one opens. Rounds are numbered after the model's own rounds.
 */
final class ComparisonRounds implements InterleavedCycles.Rounds, AutoCloseable {

    private final Deadline deadline;
    private final Map<Model, ModelSession> sessions = new EnumMap<>(Model.class);
    private final Map<Model, ModelResult> results = new EnumMap<>(Model.class);
    private final Map<Model, Integer> firstRound = new EnumMap<>(Model.class);
    private final Map<Model, WarmupOutcome> warmups = new EnumMap<>(Model.class);

    private ComparisonRounds(Deadline deadline) {
        this.deadline = deadline;
    }

    /**
     * Opens and warms up a session of every model in {@code own}, whose own rounds it numbers after.
     *
     * @throws io.github.rununder.TaskFailedException when a task fails while warming up
     * @throws TimeoutException when the deadline passes
     */
    static ComparisonRounds open(Plan plan, Map<Model, ModelResult> own, SessionSource source, Warmup warmup)
            throws TimeoutException {
        ComparisonRounds rounds = new ComparisonRounds(Deadline.start(plan.timeLimit()));
        int declared = Math.min(1, plan.warmup());
        try {
            for (Map.Entry<Model, ModelResult> entry : own.entrySet()) {
                Model model = entry.getKey();
                ModelSession session = source.open(model);
                rounds.sessions.put(model, session);
                session.prepare(-declared - 1, rounds.deadline);
                WarmupOutcome warm = warmup.run(session, declared, rounds.deadline);
                rounds.warmups.put(model, warm);
                rounds.results.put(model, new ModelResult(model, plan.tasks(), plan.concurrencyOf(model), warm.rounds()));
                rounds.firstRound.put(model, entry.getValue().rounds().size());
            }
            return rounds;
        } catch (RuntimeException | Error | TimeoutException failure) {
            rounds.close();
            throw failure;
        }
    }

    /** The interleaved rounds of each model, appended to as they are measured. */
    Map<Model, ModelResult> results() {
        return Collections.unmodifiableMap(results);
    }

    /** How each model warmed up again. */
    Map<Model, WarmupOutcome> warmups() {
        return Collections.unmodifiableMap(warmups);
    }

    /** The deadline all these rounds share. */
    Deadline deadline() {
        return deadline;
    }

    @Override
    public void measure(Model model) throws TimeoutException {
        ModelResult result = results.get(model);
        int round = firstRound.get(model) + result.rounds().size();
        result.add(sessions.get(model).runRound(round, result.latencies(), deadline));
    }

    /** Ends every session after all rounds succeeded, so that forked workers leave the method cleanly. */
    void finish() throws TimeoutException {
        for (ModelSession session : sessions.values()) {
            session.finish(deadline);
        }
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (ModelSession session : sessions.values()) {
            try {
                session.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        sessions.clear();
        if (first != null) {
            throw first;
        }
    }
}
