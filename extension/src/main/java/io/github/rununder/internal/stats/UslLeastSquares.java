package io.github.rununder.internal.stats;

/**
 * Levenberg–Marquardt for the Universal Scalability Law within its bounds, λ ≥ 0, 0 ≤ σ ≤ 1,
 * κ ≥ 0: from a starting curve, the nearest curve where the sum of squared residuals is least.
 *
 * <p>Each step solves {@code (JᵀJ + μ·diag(JᵀJ)) δ = Jᵀr} (Marquardt's scaling, so that λ in the
 * thousands and κ near 10⁻⁶ move alike), clamps the result into the bounds and keeps it only if it
 * lowers the sum; μ shrinks after a kept step and grows after a refused one (Marquardt, "An
 * algorithm for least-squares estimation of nonlinear parameters", SIAM J. Appl. Math. 11, 1963).
 * A parameter that sits on a bound while the gradient pushes it outwards is held there for the
 * step, which is the usual active-set treatment of box constraints; so the search ends on a face of
 * the box when the least sum lies there — κ = 0 for a workload without coherency cost, σ = 1 for
 * one that does not scale at all.
 */
final class UslLeastSquares {

    private static final int PARAMETERS = 3;
    private static final int LAMBDA = 0;
    private static final int SIGMA = 1;
    private static final int KAPPA = 2;
    private static final double[] LOWER = {0, 0, 0};
    private static final double[] UPPER = {Double.POSITIVE_INFINITY, 1, Double.POSITIVE_INFINITY};
    private static final int MAX_ITERATIONS = 500;
    private static final double MAX_DAMPING = 1e20;
    /**
     * The search ends when a step lowers the sum by less than this share of it, or would change the
     * fitted values by less: the sum is then flat to double precision.
     */
    private static final double TOLERANCE = 1e-15;

    private final double[] concurrency;
    private final double[] throughput;
    private final double[] weight;
    private final boolean[] free;

    /**
     * @param kappaFree whether κ is fitted; when not, it stays at the starting curve's value (0 for
     *     a sweep of two levels, which cannot tell coherency from contention)
     */
    UslLeastSquares(double[] concurrency, double[] throughput, double[] weight, boolean kappaFree) {
        this.concurrency = concurrency;
        this.throughput = throughput;
        this.weight = weight;
        this.free = new boolean[] {true, true, kappaFree};
    }

    /** The sum of squared residuals of {@code curve}. */
    double cost(UslCurve curve) {
        return cost(new double[] {curve.lambda(), curve.sigma(), curve.kappa()});
    }

    /** The λ that fits best for given σ and κ: the throughput is linear in λ, so it has a closed form. */
    double bestLambda(double sigma, double kappa) {
        double product = 0;
        double square = 0;
        for (int i = 0; i < concurrency.length; i++) {
            double shape = UslCurve.relativeCapacity(sigma, kappa, concurrency[i]);
            product += weight[i] * throughput[i] * shape;
            square += weight[i] * shape * shape;
        }
        return Math.max(0, product / square);
    }

    /** The curve of least squares reached from {@code start}. */
    UslCurve from(UslCurve start) {
        double[] p = clamp(new double[] {start.lambda(), start.sigma(), start.kappa()});
        double cost = cost(p);
        double damping = 1e-3;
        for (int iteration = 0; iteration < MAX_ITERATIONS && cost > 0; iteration++) {
            double[][] normal = new double[PARAMETERS][PARAMETERS];
            double[] gradient = new double[PARAMETERS];
            normalEquations(p, normal, gradient);
            boolean[] moving = moving(p, gradient);
            double[] next = null;
            double nextCost = cost;
            while (damping < MAX_DAMPING) {
                double[] step = solve(normal, gradient, moving, damping);
                if (step != null && negligible(step, normal, cost)) {
                    break; // the step would move the fitted throughputs by less than rounding
                }
                if (step != null) {
                    double[] candidate = clamp(add(p, step));
                    double candidateCost = cost(candidate);
                    if (candidateCost < cost) {
                        next = candidate;
                        nextCost = candidateCost;
                        break;
                    }
                }
                damping *= 4;
            }
            if (next == null) {
                break; // no step lowers the sum: a minimum within the bounds
            }
            double fall = (cost - nextCost) / cost;
            p = next;
            cost = nextCost;
            damping = Math.max(damping / 8, 1e-12);
            if (fall < TOLERANCE) {
                break;
            }
        }
        return new UslCurve(p[LAMBDA], p[SIGMA], p[KAPPA]);
    }

    /** Whether {@code step} changes the fitted values by squares, {@code δᵀ(JᵀJ)δ}, far below the residuals'. */
    private static boolean negligible(double[] step, double[][] normal, double cost) {
        double change = 0;
        for (int a = 0; a < PARAMETERS; a++) {
            for (int b = 0; b < PARAMETERS; b++) {
                change += step[a] * normal[a][b] * step[b];
            }
        }
        return change <= TOLERANCE * cost;
    }

    private double cost(double[] p) {
        double sum = 0;
        for (int i = 0; i < concurrency.length; i++) {
            double residual = throughput[i] - p[LAMBDA] * UslCurve.relativeCapacity(p[SIGMA], p[KAPPA], concurrency[i]);
            sum += weight[i] * residual * residual;
        }
        return sum;
    }

    /** {@code JᵀJ} and {@code Jᵀr} at {@code p}, with the residuals {@code r = X − X(N)}. */
    private void normalEquations(double[] p, double[][] normal, double[] gradient) {
        double[] row = new double[PARAMETERS];
        for (int i = 0; i < concurrency.length; i++) {
            double n = concurrency[i];
            double denominator = 1 + p[SIGMA] * (n - 1) + p[KAPPA] * n * (n - 1);
            double shape = n / denominator;
            double residual = throughput[i] - p[LAMBDA] * shape;
            row[LAMBDA] = shape;
            row[SIGMA] = -p[LAMBDA] * shape * (n - 1) / denominator;
            row[KAPPA] = -p[LAMBDA] * shape * n * (n - 1) / denominator;
            for (int a = 0; a < PARAMETERS; a++) {
                gradient[a] += weight[i] * row[a] * residual;
                for (int b = 0; b < PARAMETERS; b++) {
                    normal[a][b] += weight[i] * row[a] * row[b];
                }
            }
        }
    }

    /** The parameters a step may change: fitted ones, unless on a bound with the descent pointing out. */
    private boolean[] moving(double[] p, double[] descent) {
        boolean[] moving = new boolean[PARAMETERS];
        for (int a = 0; a < PARAMETERS; a++) {
            boolean blockedBelow = p[a] <= LOWER[a] && descent[a] <= 0;
            boolean blockedAbove = p[a] >= UPPER[a] && descent[a] >= 0;
            moving[a] = free[a] && !blockedBelow && !blockedAbove;
        }
        return moving;
    }

    /** The damped step for the moving parameters, or {@code null} when their system is singular. */
    private static double[] solve(double[][] normal, double[] gradient, boolean[] moving, double damping) {
        int[] index = new int[PARAMETERS];
        int size = 0;
        for (int a = 0; a < PARAMETERS; a++) {
            if (moving[a]) {
                index[size++] = a;
            }
        }
        if (size == 0) {
            return null;
        }
        double[][] system = new double[size][size + 1];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                system[i][j] = normal[index[i]][index[j]];
            }
            system[i][i] += damping * Math.max(normal[index[i]][index[i]], Double.MIN_NORMAL);
            system[i][size] = gradient[index[i]];
        }
        double[] solution = SmallLinearSystem.solve(system);
        if (solution == null) {
            return null;
        }
        double[] step = new double[PARAMETERS];
        for (int i = 0; i < size; i++) {
            step[index[i]] = solution[i];
        }
        return step;
    }

    private static double[] add(double[] p, double[] step) {
        double[] sum = new double[PARAMETERS];
        for (int a = 0; a < PARAMETERS; a++) {
            sum[a] = p[a] + step[a];
        }
        return sum;
    }

    private static double[] clamp(double[] p) {
        for (int a = 0; a < PARAMETERS; a++) {
            p[a] = Math.min(UPPER[a], Math.max(LOWER[a], p[a]));
        }
        return p;
    }
}
