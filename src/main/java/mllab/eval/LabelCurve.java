package mllab.eval;

import java.util.Arrays;

/**
 * One label's scores sorted once, as the cumulative counts behind its ROC and precision-recall
 * curves: for each distinct probability v, from the highest down, how many positive and negative
 * rows have a probability of at least v. Any threshold's confusion counts for this label are then a
 * binary search away, and the area under the ROC curve is a single walk.
 */
final class LabelCurve {

  /** Distinct probabilities, highest first. */
  final double[] thresholds;

  /** Positives with probability ≥ thresholds[j]. */
  final int[] tp;

  /** Negatives with probability ≥ thresholds[j]. */
  final int[] fp;

  final int positives;
  final int negatives;

  private LabelCurve(double[] thresholds, int[] tp, int[] fp, int positives, int negatives) {
    this.thresholds = thresholds;
    this.tp = tp;
    this.fp = fp;
    this.positives = positives;
    this.negatives = negatives;
  }

  static LabelCurve of(Predictions predictions, int label) {
    int n = predictions.rows();
    int l = predictions.labelCount();
    int positives = predictions.labelTrueCount[label];
    double[] pos = new double[positives];
    double[] neg = new double[n - positives];
    int a = 0;
    int b = 0;
    for (int i = 0; i < n; i++) {
      double p = predictions.probability[i * l + label];
      if (predictions.truth[i * l + label] == 1) {
        pos[a++] = p;
      } else {
        neg[b++] = p;
      }
    }
    Arrays.sort(pos);
    Arrays.sort(neg);
    double[] thresholds = new double[n];
    int[] tp = new int[n];
    int[] fp = new int[n];
    int m = 0;
    int i = pos.length - 1;
    int j = neg.length - 1;
    int cumTp = 0;
    int cumFp = 0;
    // Merge both lists from the top; tied scores form one step, which is what makes the ROC
    // curve take a diagonal segment through ties (scikit-learn's tie handling).
    while (i >= 0 || j >= 0) {
      double v =
          Math.max(
              i >= 0 ? pos[i] : Double.NEGATIVE_INFINITY,
              j >= 0 ? neg[j] : Double.NEGATIVE_INFINITY);
      while (i >= 0 && pos[i] == v) {
        cumTp++;
        i--;
      }
      while (j >= 0 && neg[j] == v) {
        cumFp++;
        j--;
      }
      thresholds[m] = v;
      tp[m] = cumTp;
      fp[m] = cumFp;
      m++;
    }
    return new LabelCurve(
        Arrays.copyOf(thresholds, m),
        Arrays.copyOf(tp, m),
        Arrays.copyOf(fp, m),
        positives,
        neg.length);
  }

  /** Number of distinct probabilities that are ≥ {@code threshold}. */
  int stepsAtOrAbove(double threshold) {
    int lo = 0;
    int hi = thresholds.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (thresholds[mid] >= threshold) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The label's 2×2 counts when it is predicted at probability ≥ {@code threshold}. */
  ConfusionCounts countsAt(double threshold) {
    int s = stepsAtOrAbove(threshold);
    int t = s == 0 ? 0 : tp[s - 1];
    int f = s == 0 ? 0 : fp[s - 1];
    return new ConfusionCounts(t, f, positives - t, negatives - f);
  }

  /**
   * Area under the ROC curve by the trapezoidal rule, which equals the probability that a random
   * positive outranks a random negative with ties counted as one half; NaN when the label has only
   * positives or only negatives, because then one axis of the curve is undefined.
   */
  double auc() {
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    long twiceArea = 0;
    int prevTp = 0;
    int prevFp = 0;
    for (int s = 0; s < thresholds.length; s++) {
      twiceArea += (long) (fp[s] - prevFp) * (tp[s] + prevTp);
      prevTp = tp[s];
      prevFp = fp[s];
    }
    return twiceArea / (2.0 * positives * negatives);
  }
}
