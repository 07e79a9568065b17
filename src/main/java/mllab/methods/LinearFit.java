package mllab.methods;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Fits K linear scores {@code s_k = w_k·x + b_k} by minimising a per-row loss of the scores plus
 * the L2 penalty {@code ‖W‖² / (2C)} (biases not penalised), with {@link Lbfgs}: the common core
 * of logistic regression (K independent sigmoid losses) and softmax regression (one categorical
 * cross-entropy over K classes).
 *
 * <p>Weights are stored one row per input column, {@code w[j][k]}, so that a row's K scores, and
 * the gradient's K entries per column, are sums of scaled whole rows: loops over k that the JIT
 * compiles to SIMD instructions.
 *
 * @param weights w[j][k], column j's weight in score k
 * @param bias b[k]
 */
record LinearFit(double[][] weights, double[] bias) {

  /** The loss of one row as a function of its scores. */
  @FunctionalInterface
  interface RowLoss {
    /**
     * Returns row {@code row}'s loss for the scores in {@code z} and overwrites {@code z} with the
     * loss's gradient by each score.
     */
    double lossAndGradient(int row, double[] z);
  }

  /**
   * Minimises {@code Σᵢ loss(i, s(xᵢ)) + ‖W‖² / (2C)} over the weights.
   *
   * @param inputs for each score, how many leading columns it reads (the weights of the other
   *     columns stay 0), or null for all
   * @param maxIterations the solver's step limit
   */
  static LinearFit fit(double[][] x, int scores, int[] inputs, double c, RowLoss loss,
      int maxIterations, BooleanSupplier cancelled) {
    int n = x.length;
    int columns = 0;
    if (inputs == null) {
      columns = n == 0 ? 0 : x[0].length;
    } else {
      for (int in : inputs) {
        columns = Math.max(columns, in);
      }
    }
    int d = columns;
    // The objective divided by n (the same minimum, better-scaled numbers); scikit-learn's
    // tolerance of 1e-4 on the summed gradient becomes 1e-4 / n.
    double invN = 1.0 / n;
    double invC = 1.0 / c;
    LinearFit current = new LinearFit(new double[d][scores], new double[scores]);
    double[][] gw = new double[d][scores];
    double[] gb = new double[scores];
    double[] z = new double[scores];
    Lbfgs.Objective objective = (params, grad) -> {
      current.unpack(params);
      for (double[] row : gw) {
        Arrays.fill(row, 0.0);
      }
      Arrays.fill(gb, 0.0);
      double total = 0;
      for (int i = 0; i < n; i++) {
        double[] row = x[i];
        current.scores(row, z);
        total += loss.lossAndGradient(i, z);
        for (int j = 0; j < d; j++) {
          double v = row[j];
          if (v != 0) {
            double[] g = gw[j];
            for (int k = 0; k < scores; k++) {
              g[k] += v * z[k];
            }
          }
        }
        for (int k = 0; k < scores; k++) {
          gb[k] += z[k];
        }
      }
      double[][] w = current.weights();
      double penalty = 0;
      int at = 0;
      for (int j = 0; j < d; j++) {
        for (int k = 0; k < scores; k++) {
          penalty += w[j][k] * w[j][k];
          boolean read = inputs == null || j < inputs[k];
          grad[at++] = read ? (gw[j][k] + invC * w[j][k]) * invN : 0;
        }
      }
      for (int k = 0; k < scores; k++) {
        grad[at++] = gb[k] * invN;
      }
      return (total + 0.5 * invC * penalty) * invN;
    };
    double[] params = new double[(d + 1) * scores];
    new Lbfgs(maxIterations, 1e-4 * invN).minimise(objective, params, cancelled);
    LinearFit fitted = new LinearFit(new double[d][scores], new double[scores]);
    fitted.unpack(params);
    return fitted;
  }

  private void unpack(double[] params) {
    int at = 0;
    for (double[] row : weights) {
      System.arraycopy(params, at, row, 0, row.length);
      at += row.length;
    }
    System.arraycopy(params, at, bias, 0, bias.length);
  }

  /** Writes the K scores of {@code row} into {@code out}. */
  void scores(double[] row, double[] out) {
    System.arraycopy(bias, 0, out, 0, out.length);
    for (int j = 0; j < weights.length; j++) {
      double v = row[j];
      if (v != 0) {
        double[] wj = weights[j];
        for (int k = 0; k < out.length; k++) {
          out[k] += v * wj[k];
        }
      }
    }
  }

  /** Score {@code k} of {@code row} alone. */
  double score(int k, double[] row) {
    double s = bias[k];
    for (int j = 0; j < weights.length; j++) {
      s += weights[j][k] * row[j];
    }
    return s;
  }
}
