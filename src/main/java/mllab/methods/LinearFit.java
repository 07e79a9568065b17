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
 * compiles to SIMD instructions. The rows are padded with zeros to a multiple of 8 scores, so no
 * scalar tail is left over (yeast's 14 labels: 2 vectors of 8 instead of 1 vector and 6 single
 * steps); the padding has no gradient and stays 0.
 *
 * @param weights w[j][k], column j's weight in score k
 * @param bias b[k]
 */
record LinearFit(double[][] weights, double[] bias) {

  /** The loss of one row as a function of its scores. */
  @FunctionalInterface
  interface RowLoss {
    /**
     * Returns row {@code row}'s loss for the first {@code count} scores in {@code z} and
     * overwrites them with the loss's gradient by each score.
     */
    double lossAndGradient(int row, double[] z, int count);
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
    // The objective divided by n: the same minimum, and the scale on which scikit-learn (1.1 and
    // later) applies its tolerance of 1e-4 to the gradient.
    double invN = 1.0 / n;
    double invC = 1.0 / c;
    int width = (scores + 7) / 8 * 8;
    LinearFit current = new LinearFit(new double[d][width], new double[width]);
    double[][] gw = new double[d][width];
    double[] gb = new double[width];
    double[] z = new double[width];
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
        total += loss.lossAndGradient(i, z, scores);
        Arrays.fill(z, scores, width, 0.0);
        for (int j = 0; j < d; j++) {
          double v = row[j];
          if (v != 0) {
            double[] g = gw[j];
            for (int k = 0; k < width; k++) {
              g[k] += v * z[k];
            }
          }
        }
        for (int k = 0; k < width; k++) {
          gb[k] += z[k];
        }
      }
      double[][] w = current.weights();
      double penalty = 0;
      int at = 0;
      for (int j = 0; j < d; j++) {
        for (int k = 0; k < width; k++) {
          penalty += w[j][k] * w[j][k];
          boolean read = k < scores && (inputs == null || j < inputs[k]);
          grad[at++] = read ? (gw[j][k] + invC * w[j][k]) * invN : 0;
        }
      }
      for (int k = 0; k < width; k++) {
        grad[at++] = gb[k] * invN;
      }
      return (total + 0.5 * invC * penalty) * invN;
    };
    double[] params = new double[(d + 1) * width];
    new Lbfgs(maxIterations, 1e-4).minimise(objective, params, cancelled);
    LinearFit fitted = new LinearFit(new double[d][width], new double[width]);
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

  /** Writes the scores of {@code row} into {@code out}: the first K, or all padded ones. */
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
