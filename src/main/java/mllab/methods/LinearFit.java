package mllab.methods;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Fits K linear scores {@code s_k = w_k·x + b_k} by minimising a per-row loss of the scores plus
 * the L2 penalty {@code ‖W‖² / (2C)} (biases not penalised), with {@link Lbfgs}: the common core of
 * logistic regression (K independent sigmoid losses) and softmax regression (one categorical
 * cross-entropy over K classes).
 *
 * <p>Weights are stored one row per score, {@code w[k][j]}, so that the two products an evaluation
 * spends its time in run along whole rows of length d: a score is a dot product, summed with four
 * running sums so that the additions do not wait for each other, and the gradient of a score's
 * weights is the data row scaled and added in place, a loop the JIT compiles to SIMD instructions.
 *
 * @param weights w[k][j], column j's weight in score k
 * @param bias b[k]
 */
record LinearFit(double[][] weights, double[] bias) {

  /** The loss of one row as a function of its scores. */
  @FunctionalInterface
  interface RowLoss {
    /**
     * Returns row {@code row}'s loss for the first {@code count} scores in {@code z} and overwrites
     * them with the loss's gradient by each score.
     */
    double lossAndGradient(int row, double[] z, int count);
  }

  /**
   * Minimises {@code Σᵢ loss(i, s(xᵢ)) + ‖W‖² / (2C)} over the weights.
   *
   * @param inputs for each score, how many leading columns it reads (the weights of the other
   *     columns stay 0), or null for all
   * @param csr {@code x}'s non-zeros ({@link Csr#ofSparse}), or null to read it densely: made once
   *     by a caller that fits many models on the same rows
   * @param maxIterations the solver's step limit
   */
  static LinearFit fit(
      double[][] x,
      Csr csr,
      int scores,
      int[] inputs,
      double c,
      RowLoss loss,
      int maxIterations,
      BooleanSupplier cancelled) {
    int d = columns(x, inputs);
    LinearFit current = new LinearFit(new double[scores][d], new double[scores]);
    Lbfgs.Objective objective = current.objective(x, inputs, c, loss, csr);
    double[] params = new double[(d + 1) * scores];
    new Lbfgs(maxIterations, 1e-4).minimise(objective, params, cancelled);
    LinearFit fitted = new LinearFit(new double[scores][d], new double[scores]);
    fitted.unpack(params);
    return fitted;
  }

  /** The number of weight columns: the most any score reads. */
  private static int columns(double[][] x, int[] inputs) {
    int columns = 0;
    if (inputs == null) {
      columns = x.length == 0 ? 0 : x[0].length;
    } else {
      for (int in : inputs) {
        columns = Math.max(columns, in);
      }
    }
    return columns;
  }

  /**
   * The penalised objective over all rows as the solver sees it: each evaluation unpacks its
   * parameters into this fit's weights, so this fit is the solver's scratch space.
   */
  /**
   * The rows' non-zero entries, row after row (compressed sparse rows): {@code index[t]} and {@code
   * value[t]} for {@code t} from {@code start[i]} to {@code start[i + 1]}, by increasing column.
   * Real multi-label data is often mostly zeros (bibtex: 68 of 1,836 features per row, after
   * min-max scaling too), and a score or a gradient then costs its non-zeros instead of every
   * column: 27 times less for bibtex's label powerset, whose 2,058 label sets had it run for more
   * than twenty minutes.
   */
  record Csr(int[] start, int[] index, double[] value) {

    /** At most this share of non-zero entries makes a matrix sparse enough to be worth it. */
    static final double MAX_DENSITY = 0.25;

    /** {@code x}'s non-zeros, or null when more than {@link #MAX_DENSITY} of it is non-zero. */
    static Csr ofSparse(double[][] x) {
      long nonZero = 0;
      long cells = 0;
      for (double[] row : x) {
        cells += row.length;
        for (double v : row) {
          if (v != 0) {
            nonZero++;
          }
        }
      }
      if (cells == 0 || nonZero > MAX_DENSITY * cells) {
        return null;
      }
      int[] start = new int[x.length + 1];
      int[] index = new int[(int) nonZero];
      double[] value = new double[(int) nonZero];
      int t = 0;
      for (int i = 0; i < x.length; i++) {
        start[i] = t;
        for (int j = 0; j < x[i].length; j++) {
          if (x[i][j] != 0) {
            index[t] = j;
            value[t++] = x[i][j];
          }
        }
      }
      start[x.length] = t;
      return new Csr(start, index, value);
    }
  }

  /**
   * The rows' part of an evaluation read through their non-zeros, with the weights and gradient in
   * column-major copies: a non-zero {@code x[i][j]} then touches column j's weights of every score
   * in one run of memory (2,058 of them for bibtex's label powerset) instead of one entry in each
   * of 2,058 weight rows.
   */
  private static final class SparseRows {
    private final Csr csr;
    private final double[][] wt;
    private final double[][] gt;

    SparseRows(Csr csr, int scores, int d) {
      this.csr = csr;
      this.wt = new double[d][scores];
      this.gt = new double[d][scores];
    }

    /** Adds every row's gradient into {@code gw} and {@code gb}; returns the rows' total loss. */
    double add(LinearFit f, RowLoss loss, double[] z, double[][] gw, double[] gb) {
      int scores = z.length;
      for (int k = 0; k < scores; k++) {
        double[] w = f.weights[k];
        for (int j = 0; j < w.length; j++) {
          wt[j][k] = w[j];
        }
      }
      for (double[] g : gt) {
        Arrays.fill(g, 0.0);
      }
      double total = 0;
      int rows = csr.start.length - 1;
      for (int i = 0; i < rows; i++) {
        int from = csr.start[i];
        int end = from;
        // Columns past the weights' (a score set reading fewer columns than the data has) are
        // not read, as in the dense reading.
        while (end < csr.start[i + 1] && csr.index[end] < wt.length) {
          end++;
        }
        System.arraycopy(f.bias, 0, z, 0, scores);
        for (int t = from; t < end; t++) {
          double[] w = wt[csr.index[t]];
          double v = csr.value[t];
          for (int k = 0; k < scores; k++) {
            z[k] += w[k] * v;
          }
        }
        total += loss.lossAndGradient(i, z, scores);
        for (int k = 0; k < scores; k++) {
          gb[k] += z[k];
        }
        for (int t = from; t < end; t++) {
          double[] g = gt[csr.index[t]];
          double v = csr.value[t];
          for (int k = 0; k < scores; k++) {
            g[k] += z[k] * v;
          }
        }
      }
      // Back to score-major; the columns a score does not read are dropped by the caller.
      for (int k = 0; k < scores; k++) {
        double[] g = gw[k];
        for (int j = 0; j < g.length; j++) {
          g[j] = gt[j][k];
        }
      }
      return total;
    }
  }

  /**
   * The objective, reading the rows through {@code csr} when it is not null (the same numbers up to
   * the order of the additions).
   */
  Lbfgs.Objective objective(double[][] x, int[] inputs, double c, RowLoss loss, Csr csr) {
    int n = x.length;
    int scores = bias.length;
    int d = scores == 0 ? 0 : weights[0].length;
    // The objective divided by n: the same minimum, and the scale on which scikit-learn (1.1 and
    // later) applies its tolerance of 1e-4 to the gradient.
    double invN = 1.0 / n;
    double invC = 1.0 / c;
    double[][] gw = new double[scores][d];
    double[] gb = new double[scores];
    double[] z = new double[scores];
    SparseRows sparse = csr == null ? null : new SparseRows(csr, scores, d);
    return (params, grad) -> {
      unpack(params);
      for (double[] row : gw) {
        Arrays.fill(row, 0.0);
      }
      Arrays.fill(gb, 0.0);
      double total =
          sparse == null ? addDense(x, inputs, loss, z, gw, gb) : sparse.add(this, loss, z, gw, gb);
      double penalty = 0;
      int at = 0;
      for (int k = 0; k < scores; k++) {
        for (int j = 0; j < d; j++) {
          penalty += weights[k][j] * weights[k][j];
          boolean read = inputs == null || j < inputs[k];
          grad[at++] = read ? (gw[k][j] + invC * weights[k][j]) * invN : 0;
        }
      }
      for (int k = 0; k < scores; k++) {
        grad[at++] = gb[k] * invN;
      }
      return (total + 0.5 * invC * penalty) * invN;
    };
  }

  /** The rows' part of an evaluation read densely: every column of every row. */
  private double addDense(
      double[][] x, int[] inputs, RowLoss loss, double[] z, double[][] gw, double[] gb) {
    int scores = z.length;
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      double[] row = x[i];
      scores(row, z);
      total += loss.lossAndGradient(i, z, scores);
      for (int k = 0; k < scores; k++) {
        double r = z[k];
        if (r != 0) {
          double[] g = gw[k];
          int m = inputs == null ? g.length : inputs[k];
          for (int j = 0; j < m; j++) {
            g[j] += r * row[j];
          }
        }
        gb[k] += r;
      }
    }
    return total;
  }

  private void unpack(double[] params) {
    int at = 0;
    for (double[] row : weights) {
      System.arraycopy(params, at, row, 0, row.length);
      at += row.length;
    }
    System.arraycopy(params, at, bias, 0, bias.length);
  }

  /** Writes the K scores of {@code row} into {@code out} (K long). */
  void scores(double[] row, double[] out) {
    for (int k = 0; k < out.length; k++) {
      out[k] = score(k, row);
    }
  }

  /** Score {@code k} of {@code row}: its bias plus the dot product of its weights and the row. */
  double score(int k, double[] row) {
    double[] w = weights[k];
    int d = w.length;
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int j = 0;
    for (; j + 3 < d; j += 4) {
      s0 += w[j] * row[j];
      s1 += w[j + 1] * row[j + 1];
      s2 += w[j + 2] * row[j + 2];
      s3 += w[j + 3] * row[j + 3];
    }
    for (; j < d; j++) {
      s0 += w[j] * row[j];
    }
    return bias[k] + ((s0 + s1) + (s2 + s3));
  }
}
