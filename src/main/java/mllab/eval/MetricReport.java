package mllab.eval;

/**
 * Every threshold-dependent metric of a set of predictions at given thresholds.
 *
 * <p>Zero denominators follow scikit-learn's {@code zero_division=0}: a precision with no predicted
 * positives, a recall with no true positives, an F1 with neither, are 0.
 */
public record MetricReport(
    double hammingLoss,
    double subsetAccuracy,
    double microF1,
    ConfusionCounts[] perLabel) {

  /** Computes the report for {@code predictions} decided at {@code thresholds}. */
  public static MetricReport of(Predictions predictions, Thresholds thresholds) {
    int n = predictions.rows();
    int l = predictions.labelCount();
    int[] tp = new int[l];
    int[] fp = new int[l];
    int[] fn = new int[l];
    int exact = 0;
    long wrong = 0;
    double[][] p = predictions.probabilities();
    int[][] y = predictions.truth();
    for (int i = 0; i < n; i++) {
      boolean allRight = true;
      for (int k = 0; k < l; k++) {
        int pred = thresholds.decide(k, p[i][k]);
        if (pred == 1 && y[i][k] == 1) {
          tp[k]++;
        } else if (pred == 1) {
          fp[k]++;
        } else if (y[i][k] == 1) {
          fn[k]++;
        }
        if (pred != y[i][k]) {
          allRight = false;
          wrong++;
        }
      }
      if (allRight) {
        exact++;
      }
    }
    ConfusionCounts[] counts = new ConfusionCounts[l];
    ConfusionCounts total = new ConfusionCounts(0, 0, 0, 0);
    for (int k = 0; k < l; k++) {
      counts[k] = new ConfusionCounts(tp[k], fp[k], fn[k], n - tp[k] - fp[k] - fn[k]);
      total = total.plus(counts[k]);
    }
    double cells = (double) n * l;
    return new MetricReport(
        cells == 0 ? 0 : wrong / cells, n == 0 ? 0 : exact / (double) n, total.f1(), counts);
  }

  /** 1 − Hamming loss: the fraction of individual label decisions that are right. */
  public double labelAccuracy() {
    return 1 - hammingLoss;
  }
}
