package io.github.rununder.testing;

import io.github.rununder.Model;
import io.github.rununder.internal.engine.EngineSettings;
import io.github.rununder.internal.engine.ExplainMode;
import io.github.rununder.internal.engine.PinningMode;
import io.github.rununder.internal.measure.Activity;
import io.github.rununder.internal.profile.TaskRecording;
import io.github.rununder.internal.engine.Experiment;
import io.github.rununder.internal.engine.ExperimentResult;
import io.github.rununder.internal.engine.SessionSource;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.plan.PlanBuilder;
import io.github.rununder.internal.plan.Syntax;
import io.github.rununder.internal.plan.TimeLimit;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.JitActivity;
import io.github.rununder.internal.measure.Latencies;
import io.github.rununder.internal.measure.RoundTiming;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.model.ModelSession;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Scripted sessions for the engine's tests: each model's round times come from a function of the
 * round number, with a CPU share and a share of waiting for a core, so that the engine decides on
 * exact, known figures. Records which rounds ran, in order, and how often sessions were opened.
 */
public final class ScriptedSessions implements SessionSource {

    /** How long a round of a model takes at a concurrency. */
    @FunctionalInterface
    public interface ArmMillis {
        double millis(int concurrency, int round);
    }

    /** How one model's rounds go. */
    public record Rounds(ArmMillis millis, double cpuShare, double queuedShare) {}

    private final Map<Model, Rounds> models = new EnumMap<>(Model.class);
    private final List<String> ran = new ArrayList<>();
    private final Map<Arm, Integer> opened = new TreeMap<>();
    private IntFunction<Long> compileMillis = round -> 0L;
    private final Map<Model, Activity> activities = new EnumMap<>(Model.class);
    private final List<String> recorded = new ArrayList<>();

    /** {@code model}'s rounds take {@code millis.apply(round)} milliseconds, with no CPU to speak of. */
    public ScriptedSessions model(Model model, IntFunction<Double> millis) {
        return model(model, millis, 0.01, 0);
    }

    public ScriptedSessions model(Model model, IntFunction<Double> millis, double cpuShare, double queuedShare) {
        models.put(model, new Rounds((concurrency, round) -> millis.apply(round), cpuShare, queuedShare));
        return this;
    }

    /** {@code model}'s rounds take {@code millis.millis(concurrency, round)} milliseconds, with no CPU to speak of. */
    public ScriptedSessions sweep(Model model, ArmMillis millis) {
        models.put(model, new Rounds(millis, 0.01, 0));
        return this;
    }

    /** A recording of {@code model}'s tasks sees {@code activity}; without one, recording fails as on a JVM without JFR. */
    public ScriptedSessions activity(Model model, Activity activity) {
        activities.put(model, activity);
        return this;
    }

    /** The arms whose tasks were recorded, in order. */
    public List<String> recorded() {
        return recorded;
    }

    /** The JIT compiles {@code compileMillis.apply(n)} ms during the n-th round any session runs. */
    public ScriptedSessions compiling(IntFunction<Long> compileMillis) {
        this.compileMillis = compileMillis;
        return this;
    }

    /**
     * Every round that ran, {@code THREADS 3}, in order; warm-up rounds as {@code THREADS -1}; in a
     * sweep with the level, {@code THREADS ×4 3}.
     */
    public List<String> ran() {
        return ran;
    }

    /** How often sessions of {@code model} were opened, at any level. */
    public int opened(Model model) {
        return opened.entrySet().stream().filter(e -> e.getKey().model() == model).mapToInt(Map.Entry::getValue).sum();
    }

    /** How often sessions of {@code arm} were opened. */
    public int opened(Arm arm) {
        return opened.getOrDefault(arm, 0);
    }

    @Override
    public ModelSession open(Arm arm) {
        opened.merge(arm, 1, Integer::sum);
        Model model = arm.model();
        Rounds rounds = models.get(model);
        return new ModelSession() {
            private long compiled;

            @Override
            public Model model() {
                return model;
            }

            @Override
            public RoundTiming runRound(int round, Latencies latencies, Deadline deadline) {
                compiled += compileMillis.apply(ran.size());
                ran.add(arm + " " + round);
                long wall = Math.round(rounds.millis().millis(arm.concurrency(), round) * 1e6);
                long busy = wall * (model == Model.SEQUENTIAL ? 1 : 2);
                long queued = Math.round(busy * rounds.queuedShare());
                long cpu = Math.round((busy - queued) * rounds.cpuShare());
                if (latencies != null) {
                    latencies.record(wall);
                }
                return new RoundTiming(wall, cpu, cpu, busy, queued);
            }

            @Override
            public TaskRecording startRecording() {
                Activity activity = activities.get(model);
                if (activity == null) {
                    throw new IllegalStateException("this JVM has no jdk.jfr module");
                }
                recorded.add(arm.toString());
                return new TaskRecording() {
                    @Override
                    public Activity stop() {
                        return activity;
                    }

                    @Override
                    public void close() {}
                };
            }

            @Override
            public JitActivity jitActivity() {
                return new JitActivity(compiled, 1000);
            }

            @Override
            public void close() {}
        };
    }

    /**
     * A sweep of known scalability curves. THREADS: contention only (σ = 0.1, κ = 0), 100 ms a round
     * at 1. ASYNC: coherency turns it down beyond N* ≈ 6.9 (σ = 0.05, κ = 0.02), 100 ms at 1.
     * SEQUENTIAL: 100 ms. Rounds differ by up to 0.4% (the round number), so that intervals exist
     * and stay narrow.
     */
    public static ScriptedSessions curves() {
        return new ScriptedSessions()
                .model(Model.SEQUENTIAL, round -> 100.0 * jitter(round))
                .sweep(Model.THREADS, (level, round) -> 100.0 / relative(0.1, 0, level) * jitter(round))
                .sweep(Model.ASYNC, (level, round) -> 100.0 / relative(0.05, 0.02, level) * jitter(round));
    }

    /** {@code N / (1 + σ(N−1) + κN(N−1))}. */
    private static double relative(double sigma, double kappa, int n) {
        return n / (1 + sigma * (n - 1) + kappa * n * (n - 1));
    }

    private static double jitter(int round) {
        return 1 + 0.002 * Math.floorMod(round, 3);
    }

    /**
     * Engine settings for scripted runs: a 30 s verdict budget, no warm-up beyond the declared rounds, 2 cores,
     * no explanations (their extra rounds are the subject of tests of their own, with {@link #EXPLAINING}).
     */
    public static final EngineSettings SETTINGS = new EngineSettings(true, Duration.ofSeconds(30),
            "rununder.verdict.budget=30 s", Duration.ZERO, 2, ExplainMode.OFF, PinningMode.REPORT);

    /** {@link #SETTINGS}, but explaining where a claim fails or stays undecided, as by default. */
    public static final EngineSettings EXPLAINING = new EngineSettings(true, Duration.ofSeconds(30),
            "rununder.verdict.budget=30 s", Duration.ZERO, 2, ExplainMode.AUTO, PinningMode.REPORT);

    /** A plan of {@code Scripted.task()}: 16 tasks, concurrency 2, one warm-up and five measured rounds. */
    public static Plan plan(List<Model> models, Duration limit, Expectation... expectations) {
        return plan(models, limit, new int[] {2}, expectations);
    }

    /** A plan of {@code Scripted.task()} at {@code levels}: 16 tasks, one warm-up and five measured rounds. */
    public static Plan plan(List<Model> models, Duration limit, int[] levels, Expectation... expectations) {
        PlanBuilder builder = new PlanBuilder("Scripted.task()", new TimeLimit(limit, "@Timeout"),
                Syntax.annotations("Scripted.task()")).models(models).tasks(16).concurrency(levels).warmup(1).rounds(5);
        for (Expectation expectation : expectations) {
            builder.expect(expectation);
        }
        return builder.build();
    }

    /** Runs {@code plan} on these sessions as a front end does: every arm alone, then the conclusion. */
    public ExperimentResult run(Plan plan, EngineSettings settings) throws TimeoutException {
        Experiment experiment = new Experiment(plan, settings, java.util.Map.of());
        for (Arm arm : plan.arms()) {
            experiment.measure(arm, this);
        }
        return experiment.conclude(this);
    }

    /**
     * A comparison of computing tasks on a busy machine: THREADS' carriers waited for a core 60% of
     * their busy time while it was compared; claimed: THREADS at least 1.8× faster than SEQUENTIAL
     * (measured 1.5×), and ASYNC at least as fast as SEQUENTIAL (it is 2×).
     */
    public static ExperimentResult busyMachine() throws TimeoutException {
        ScriptedSessions sessions = new ScriptedSessions()
                .model(Model.SEQUENTIAL, round -> 100.0 + round % 2, 1.0, 0)
                .model(Model.THREADS, round -> 66.0 + round % 2, 1.0, 0.6)
                .model(Model.ASYNC, round -> 50.0 + round % 2, 1.0, 0);
        return sessions.run(plan(List.of(Model.SEQUENTIAL, Model.THREADS, Model.ASYNC), Duration.ofMinutes(2),
                new Expectation.Faster(Model.THREADS, Model.SEQUENTIAL, 1.8),
                new Expectation.Faster(Model.ASYNC, Model.SEQUENTIAL, 1.0)), SETTINGS);
    }
}
