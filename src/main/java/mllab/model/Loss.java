package mllab.model;

/**
 * The number training pushes down: how surprised the network is by the true labels.
 *
 * <p>For {@link OutputActivation#SIGMOID} it is binary cross-entropy, averaged over rows
 * <em>and</em> labels: {@code −[y ln p + (1 − y) ln(1 − p)]} for every cell of the n × L label
 * matrix. Averaging over labels too keeps the number on the same scale whatever L is, so an
 * untrained network starts near ln 2 ≈ 0.693 (it says p = ½ everywhere) on every dataset. The loss
 * is computed from the logit {@code z} rather than from {@code p}, in the numerically stable form
 * {@code max(z, 0) − z y + ln(1 + e^−|z|)}: taking {@code ln p} after rounding {@code p} to 0 or 1
 * would give infinity for a confident mistake, while this form stays finite and exact.
 *
 * <p>For {@link OutputActivation#SOFTMAX} it is categorical cross-entropy {@code −Σ t_k ln p_k}
 * averaged over rows, where {@code t} is the row's labels normalised to sum to 1. Rows with no
 * label have no target distribution: they add 0 to the loss and to the gradient, but still count in
 * the number of rows averaged over.
 *
 * <p>Both losses have the same famously simple gradient with respect to the logits: {@code p − y}
 * (or {@code p − t}), divided by the number of terms averaged over.
 *
 * <p>With {@linkplain #withPositiveWeights positive weights} (sigmoid only) the loss being
 * minimised is {@code −[w_k y ln p + (1 − y) ln(1 − p)]}, PyTorch's {@code BCEWithLogitsLoss
 * (pos_weight=w)}, whose gradient is {@code w_k (p − 1)} for a positive and {@code p} for a
 * negative. The loss <em>reported</em> ({@link #mean}, {@link #perLabel}, the epoch reports) stays
 * the plain one, so curves with and without weighting, and the chance level ln 2, stay comparable
 * (as with the L2 penalty, which is minimised but not reported).
 */
public final class Loss {

  private final OutputActivation output;

  /** pos_weight per label, or null for the plain loss. */
  private final double[] positiveWeights;

  private Loss(OutputActivation output, double[] positiveWeights) {
    this.output = output;
    this.positiveWeights = positiveWeights;
  }

  /**
   * This loss with each label's positive term weighted by {@code weights[k]}; null means none.
   *
   * @throws IllegalArgumentException for softmax outputs, or a weight that is not positive
   */
  public Loss withPositiveWeights(double[] weights) {
    if (weights == null) {
      return new Loss(output, null);
    }
    if (output != OutputActivation.SIGMOID) {
      throw new IllegalArgumentException(
          mllab.text.Text.get("engine.model.posWeightNeedsSigmoid", output.toString()));
    }
    for (double w : weights) {
      if (!(w > 0) || !Double.isFinite(w)) {
        throw new IllegalArgumentException(
            mllab.text.Text.get("engine.model.loss.badPosWeight", String.valueOf(w)));
      }
    }
    return new Loss(output, weights.clone());
  }

  /** The loss that belongs to {@code output}. */
  public static Loss forOutput(OutputActivation output) {
    return new Loss(java.util.Objects.requireNonNull(output, "output"), null);
  }

  public OutputActivation output() {
    return output;
  }

  /** The mean loss of an n × L matrix of logits against the true labels. */
  public double mean(double[][] logits, int[][] labels) {
    requireSameShape(logits, labels);
    if (logits.length == 0) {
      return 0.0;
    }
    double sum = 0;
    for (int i = 0; i < logits.length; i++) {
      sum += rowLoss(logits[i], 0, labels[i], null, 0, 0.0, logits[i].length);
    }
    return sum * scale(logits.length, logits[0].length);
  }

  /** The gradient of {@link #mean} with respect to every logit (n × L). */
  public double[][] gradient(double[][] logits, int[][] labels) {
    requireSameShape(logits, labels);
    double[][] grad = new double[logits.length][];
    if (logits.length == 0) {
      return grad;
    }
    double s = scale(logits.length, logits[0].length);
    for (int i = 0; i < logits.length; i++) {
      grad[i] = new double[logits[i].length];
      rowLoss(logits[i], 0, labels[i], grad[i], 0, s, logits[i].length);
    }
    return grad;
  }

  /**
   * Each label's share of the loss, averaged over rows: the binary cross-entropy of that label for
   * sigmoid outputs (their mean is {@link #mean}), the term {@code −t_k ln p_k} for softmax (their
   * sum is {@link #mean}).
   */
  public double[] perLabel(double[][] logits, int[][] labels) {
    requireSameShape(logits, labels);
    int l = logits.length == 0 ? 0 : logits[0].length;
    double[] sums = new double[l];
    for (int i = 0; i < logits.length; i++) {
      addPerLabel(logits[i], 0, labels[i], sums, l);
    }
    for (int k = 0; k < l; k++) {
      sums[k] /= logits.length;
    }
    return sums;
  }

  /** The factor that turns a sum of row losses into {@link #mean}. */
  double scale(int rows, int labelCount) {
    return output == OutputActivation.SIGMOID ? 1.0 / ((double) rows * labelCount) : 1.0 / rows;
  }

  /**
   * The unscaled loss of one row of {@code n} logits starting at {@code from}. When {@code grad} is
   * not null, also writes {@code scale × ∂loss/∂logit} to {@code grad[gradFrom .. gradFrom+n)}.
   */
  double rowLoss(
      double[] logits, int from, int[] y, double[] grad, int gradFrom, double scale, int n) {
    if (output == OutputActivation.SIGMOID) {
      double linear = 0;
      double logs = 0;
      // Σ ln(1 + e_k) as the log of the product: one logarithm per row (per 64 labels) instead of
      // one per label, which made it a sizeable share of a training epoch. Each factor is in
      // (1, 2], so a product of 64 stays below 2^64, far from overflow, and loses only a few ulps.
      double product = 1;
      for (int k = 0; k < n; k++) {
        double z = logits[from + k];
        // One exponential serves both the stable loss and the probability σ(z).
        double e = Math.exp(-Math.abs(z));
        linear += Math.max(z, 0) - z * y[k];
        product *= 1.0 + e;
        if ((k & 63) == 63) {
          logs += Math.log(product);
          product = 1;
        }
        if (grad != null) {
          double p = z >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
          double g = p - y[k];
          if (positiveWeights != null && y[k] == 1) {
            g *= positiveWeights[k];
          }
          grad[gradFrom + k] = g * scale;
        }
      }
      return linear + logs + Math.log(product);
    }
    int positives = 0;
    for (int k = 0; k < n; k++) {
      positives += y[k];
    }
    if (positives == 0) {
      if (grad != null) {
        java.util.Arrays.fill(grad, gradFrom, gradFrom + n, 0.0);
      }
      return 0.0;
    }
    double logSumExp = logSumExp(logits, from, n);
    double target = 1.0 / positives;
    double loss = 0;
    for (int k = 0; k < n; k++) {
      double logP = logits[from + k] - logSumExp;
      double t = y[k] * target;
      loss -= t * logP;
      if (grad != null) {
        grad[gradFrom + k] = (Math.exp(logP) - t) * scale;
      }
    }
    return loss;
  }

  /** Adds one row's per-label losses to {@code sums}. */
  void addPerLabel(double[] logits, int from, int[] y, double[] sums, int n) {
    if (output == OutputActivation.SIGMOID) {
      for (int k = 0; k < n; k++) {
        sums[k] += bce(logits[from + k], y[k]);
      }
      return;
    }
    int positives = 0;
    for (int k = 0; k < n; k++) {
      positives += y[k];
    }
    if (positives == 0) {
      return;
    }
    double logSumExp = logSumExp(logits, from, n);
    for (int k = 0; k < n; k++) {
      if (y[k] == 1) {
        sums[k] -= (logits[from + k] - logSumExp) / positives;
      }
    }
  }

  /**
   * The mean of the loss being minimised: the weighted binary cross-entropy when positive weights
   * are set (the function {@link #gradient} is the gradient of), else {@link #mean}.
   */
  public double minimisedMean(double[][] logits, int[][] labels) {
    if (positiveWeights == null) {
      return mean(logits, labels);
    }
    requireSameShape(logits, labels);
    double sum = 0;
    for (int i = 0; i < logits.length; i++) {
      for (int k = 0; k < logits[i].length; k++) {
        double z = logits[i][k];
        double w = labels[i][k] == 1 ? positiveWeights[k] : 1;
        sum += w * bce(z, labels[i][k]);
      }
    }
    return logits.length == 0 ? 0 : sum * scale(logits.length, logits[0].length);
  }

  private static double bce(double z, int y) {
    // Stable form of −[y ln σ(z) + (1 − y) ln(1 − σ(z))]: no log of a rounded 0.
    return Math.max(z, 0) - z * y + Math.log(1.0 + Math.exp(-Math.abs(z)));
  }

  private static double logSumExp(double[] logits, int from, int n) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      max = Math.max(max, logits[from + k]);
    }
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += Math.exp(logits[from + k] - max);
    }
    return max + Math.log(sum);
  }

  private static void requireSameShape(double[][] logits, int[][] labels) {
    if (logits.length != labels.length) {
      throw new IllegalArgumentException(
          mllab.text.Text.get(
              "engine.model.loss.rowCounts",
              String.valueOf(logits.length),
              String.valueOf(labels.length)));
    }
    for (int i = 0; i < logits.length; i++) {
      if (logits[i].length != labels[i].length || logits[i].length != logits[0].length) {
        throw new IllegalArgumentException(
            mllab.text.Text.get(
                "engine.model.loss.rowWidth",
                String.valueOf(i),
                String.valueOf(logits[i].length),
                String.valueOf(labels[i].length)));
      }
    }
  }
}
