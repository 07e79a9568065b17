package mllab.model;

import mllab.text.Text;

/**
 * How the output layer turns its raw scores ("logits") into probabilities, and which loss goes with
 * it.
 *
 * <p>{@link #SIGMOID} is the multi-label choice: each label gets its own logistic unit, so every
 * probability is independent of the others and any number of labels can be above 0.5 at once. It is
 * trained with binary cross-entropy per label.
 *
 * <p>{@link #SOFTMAX} is the multi-class choice, shown for contrast: the exponentiated logits are
 * normalised to sum to 1, so the labels compete for one unit of probability and at most one of them
 * can be above 0.5. It is trained with categorical cross-entropy against the row's labels
 * normalised into a distribution (a row with labels {@code a} and {@code b} has target {@code ½,
 * ½}); a row without any label has no distribution and contributes no loss and no gradient. A
 * softmax network therefore cannot say "both" with confidence, which is exactly the point the
 * lesson makes.
 */
public enum OutputActivation {
  SIGMOID,
  SOFTMAX;

  /** The probabilities for one row of logits. */
  public double[] probabilities(double[] logits) {
    double[] p = new double[logits.length];
    probabilities(logits, 0, p, 0, logits.length);
    return p;
  }

  /** Writes the probabilities of {@code logits[from .. from+n)} to {@code out[to .. to+n)}. */
  void probabilities(double[] logits, int from, double[] out, int to, int n) {
    if (this == SIGMOID) {
      for (int k = 0; k < n; k++) {
        out[to + k] = sigmoid(logits[from + k]);
      }
    } else {
      softmax(logits, from, out, to, n);
    }
  }

  /**
   * The loss of a network that has learned nothing and outputs uniform probabilities: ln 2 per
   * label for sigmoid outputs (p = ½), ln L for a softmax over L labels (p = 1/L).
   */
  public double chanceLoss(int labelCount) {
    return this == SIGMOID ? Math.log(2) : Math.log(labelCount);
  }

  /** The logistic function, written so that neither branch can overflow. */
  static double sigmoid(double z) {
    if (z >= 0) {
      return 1.0 / (1.0 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1.0 + e);
  }

  static void softmax(double[] logits, int from, double[] out, int to, int n) {
    // Subtracting the largest logit leaves the result unchanged and keeps exp() from overflowing.
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      max = Math.max(max, logits[from + k]);
    }
    double sum = 0;
    for (int k = 0; k < n; k++) {
      double e = Math.exp(logits[from + k] - max);
      out[to + k] = e;
      sum += e;
    }
    for (int k = 0; k < n; k++) {
      out[to + k] /= sum;
    }
  }

  @Override
  public String toString() {
    return Text.get("engine.model.output." + name() + ".name");
  }
}
