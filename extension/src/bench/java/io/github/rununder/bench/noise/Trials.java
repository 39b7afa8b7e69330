package io.github.rununder.bench.noise;

import io.github.rununder.internal.stats.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The outcomes of repeated runs of one claim, and how long each took to decide. */
final class Trials {

    private final Map<Verdict.Outcome, Integer> outcomes = new EnumMap<>(Verdict.Outcome.class);
    private final List<Double> seconds = new ArrayList<>();
    private final List<Integer> rounds = new ArrayList<>();

    void add(Verdict.Outcome outcome, double runSeconds, int roundsEach) {
        outcomes.merge(outcome, 1, Integer::sum);
        seconds.add(runSeconds);
        rounds.add(roundsEach);
    }

    int count(Verdict.Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }

    double medianSeconds() {
        return median(seconds.stream().mapToDouble(Double::doubleValue).toArray());
    }

    double maxSeconds() {
        return seconds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    double medianRounds() {
        return median(rounds.stream().mapToDouble(Integer::doubleValue).toArray());
    }

    int maxRounds() {
        return rounds.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
