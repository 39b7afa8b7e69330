package io.github.rununder.internal.stats;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * Models at concurrency 1 on a simulated machine: each round takes the model's typical time plus noise, the clock
 * advances by exactly that much, and the order in which models ran is recorded.
 */
final class SimulatedMachine implements InterleavedCycles.Rounds, LongSupplier {

    private final Samples.Noise noise;
    private final Map<Model, Double> typicalMillis = new EnumMap<>(Model.class);
    private final Map<Arm, ModelResult> results = new TreeMap<>();
    private final List<Model> order = new ArrayList<>();
    private long now;

    SimulatedMachine(long seed) {
        this.noise = new Samples.Noise(seed);
    }

    /** Adds a model whose undisturbed rounds take {@code millis}, with {@code rounds} first rounds measured. */
    SimulatedMachine model(Model model, double millis, int rounds) {
        typicalMillis.put(model, millis);
        ModelResult result = new ModelResult(model, 1, 1, 0);
        results.put(result.arm(), result);
        for (int i = 0; i < rounds; i++) {
            result.rounds().add(noise.round(millis), -1);
        }
        return this;
    }

    /** Adds rounds of fixed length to a model, before any adaptive round. */
    SimulatedMachine rounds(Model model, double... millis) {
        for (double ms : millis) {
            results.get(Arm.of(model, 1)).rounds().add(Math.round(ms * 1e6), -1);
        }
        return this;
    }

    Map<Arm, ModelResult> results() {
        return results;
    }

    /** Every adaptive round, in the order they ran. */
    List<Model> order() {
        return order;
    }

    @Override
    public void measure(Arm arm) {
        long nanos = noise.round(typicalMillis.get(arm.model()));
        now += nanos;
        results.get(arm).rounds().add(nanos, -1);
        order.add(arm.model());
    }

    @Override
    public long getAsLong() {
        return now;
    }
}
