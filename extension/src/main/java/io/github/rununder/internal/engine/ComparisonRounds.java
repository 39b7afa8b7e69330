package io.github.rununder.internal.engine;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.model.ModelSession;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.stats.InterleavedCycles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;

/**
 * The rounds every comparison rests on: each arm that ran is opened again, warmed up again, and
 * measured in interleaved cycles with the others (see {@link InterleavedCycles}). Rounds measured
 * one arm after another carry whatever warmed up or changed between them — the JIT, a pool filling
 * lazily, a cache, another build on the machine — to the disadvantage of the arm that ran first;
 * rounds measured in shuffled cycles share it out alike.
 *
 * <p><b>Warming up again.</b> A fresh worker JVM or test instance may not be warm: each model is
 * warmed up again (one declared round, then until warm) once, on its arm at the highest level, whose
 * rounds are the shortest where concurrency pays and which starts every worker the others use. Its
 * other arms run the same code in the same JVMs and on the same test instance, so they are only
 * prepared; in a sweep that saves a round of every level but one, the longest ones.
 *
 * <p>All sessions stay open until the comparison is done and share one deadline: the plan's time
 * limit, started when the first one opens. Rounds are numbered after the arm's own rounds.
 */
final class ComparisonRounds implements InterleavedCycles.Rounds, AutoCloseable {

    private final Deadline deadline;
    private final Map<Arm, ModelSession> sessions = new TreeMap<>();
    private final Map<Arm, ModelResult> results = new TreeMap<>();
    private final Map<Arm, Integer> firstRound = new TreeMap<>();
    private final Map<Arm, WarmupOutcome> warmups = new TreeMap<>();

    private ComparisonRounds(Deadline deadline) {
        this.deadline = deadline;
    }

    /**
     * Opens a session of every arm in {@code own}, whose own rounds it numbers after, and warms up
     * each model once.
     *
     * @throws io.github.rununder.TaskFailedException when a task fails while warming up
     * @throws TimeoutException when the deadline passes
     */
    static ComparisonRounds open(Plan plan, Map<Arm, ModelResult> own, SessionSource source, Warmup warmup)
            throws TimeoutException {
        ComparisonRounds rounds = new ComparisonRounds(Deadline.start(plan.timeLimit()));
        int declared = Math.min(1, plan.warmup());
        Set<Model> warm = EnumSet.noneOf(Model.class);
        try {
            for (Arm arm : highestFirst(own.keySet())) {
                ModelSession session = source.open(arm);
                rounds.sessions.put(arm, session);
                boolean first = warm.add(arm.model());
                session.prepare(first ? -declared - 1 : -1, rounds.deadline);
                WarmupOutcome warmed = first ? warmup.run(session, declared, rounds.deadline)
                        : new WarmupOutcome(0, 0, WarmupOutcome.Stop.NONE, 0);
                rounds.warmups.put(arm, warmed);
                rounds.results.put(arm, new ModelResult(arm, plan.tasks(), warmed.rounds()));
                rounds.firstRound.put(arm, own.get(arm).rounds().size());
            }
            return rounds;
        } catch (RuntimeException | Error | TimeoutException failure) {
            rounds.close();
            throw failure;
        }
    }

    /** Each model's arms from the highest level down, models in their order. */
    private static List<Arm> highestFirst(Set<Arm> arms) {
        List<Arm> order = new ArrayList<>(arms);
        order.sort(Comparator.comparing(Arm::model).thenComparing(Arm::concurrency, Comparator.reverseOrder()));
        return order;
    }

    /** The interleaved rounds of each arm, appended to as they are measured. */
    Map<Arm, ModelResult> results() {
        return Collections.unmodifiableMap(results);
    }

    /** How each arm warmed up again. */
    Map<Arm, WarmupOutcome> warmups() {
        return Collections.unmodifiableMap(warmups);
    }

    /** The deadline all these rounds share. */
    Deadline deadline() {
        return deadline;
    }

    @Override
    public void measure(Arm arm) throws TimeoutException {
        ModelResult result = results.get(arm);
        int round = firstRound.get(arm) + result.rounds().size();
        result.add(sessions.get(arm).runRound(round, result.latencies(), deadline));
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
