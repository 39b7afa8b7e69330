package io.github.rununder.internal.stats;

/** Gaussian elimination with partial pivoting, for the few unknowns of a least-squares step. */
final class SmallLinearSystem {

    private SmallLinearSystem() {}

    /**
     * The solution of the system whose augmented matrix is {@code system} (each row: coefficients,
     * then the right-hand side), or {@code null} when it is singular. {@code system} is overwritten.
     */
    static double[] solve(double[][] system) {
        int size = system.length;
        for (int column = 0; column < size; column++) {
            int pivot = column;
            for (int row = column + 1; row < size; row++) {
                if (Math.abs(system[row][column]) > Math.abs(system[pivot][column])) {
                    pivot = row;
                }
            }
            if (!(Math.abs(system[pivot][column]) > 0)) {
                return null;
            }
            double[] swap = system[column];
            system[column] = system[pivot];
            system[pivot] = swap;
            for (int row = column + 1; row < size; row++) {
                double factor = system[row][column] / system[column][column];
                for (int k = column; k <= size; k++) {
                    system[row][k] -= factor * system[column][k];
                }
            }
        }
        double[] solution = new double[size];
        for (int row = size - 1; row >= 0; row--) {
            double sum = system[row][size];
            for (int k = row + 1; k < size; k++) {
                sum -= system[row][k] * solution[k];
            }
            solution[row] = sum / system[row][row];
            if (!Double.isFinite(solution[row])) {
                return null;
            }
        }
        return solution;
    }
}
