package mllab.lesson;

import java.util.Objects;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.pipeline.ThresholdState;

/**
 * Everything the Evaluation step shows that depends on the thresholds, computed in one pass from
 * one pair of inputs: the stored test-set {@link Predictions} and one {@link ThresholdState}. A
 * screen that shows only values from one snapshot cannot show one number at the new thresholds and
 * its neighbour at the old ones.
 *
 * <p>Immutable and free of JavaFX: it may be computed on any thread.
 *
 * @param predictions the test-set probabilities and truth
 * @param state the decision rule these numbers were computed with
 * @param report every threshold-dependent metric
 * @param pairLabels the labels of the pair grid: those most often true in the test rows, at most
 *     {@link #PAIR_LABELS} of them, in column order
 * @param predictedPairs rows predicted to carry both the a-th and the b-th of {@code pairLabels}
 *     ({@code [a][a]}: the a-th label itself)
 * @param truePairs rows truly carrying both the a-th and the b-th of {@code pairLabels}
 * @param python the Evaluation step's Python panel at these thresholds
 * @param rowErrors wrong label decisions in each test row (its Hamming distance), what the
 *     predictions table sorts its "Wrong" and "Exact" columns by
 * @param highestProbability the highest probability of any label in any test row: with the
 *     thresholds above it the model predicts no label at all
 */
public record EvaluationSnapshot(
    Predictions predictions,
    ThresholdState state,
    MetricReport report,
    int[] pairLabels,
    int[][] predictedPairs,
    int[][] truePairs,
    PythonSnippet python,
    int[] rowErrors,
    double highestProbability) {

  /**
   * The pair grid shows at most this many labels: all pairs of 1,000 labels would be a million
   * cells, and counting them at a low threshold (a row predicted to carry most labels) would take
   * seconds per slider move.
   */
  public static final int PAIR_LABELS = 10;

  public EvaluationSnapshot {
    Objects.requireNonNull(predictions, "predictions");
    Objects.requireNonNull(state, "state");
  }

  /**
   * Computes the snapshot; {@code truePairs} may be passed in from an earlier snapshot of the same
   * predictions (they do not depend on the thresholds), or {@code null} to count them.
   */
  public static EvaluationSnapshot of(Predictions p, ThresholdState state, int[][] truePairs) {
    Thresholds t = state.thresholds();
    MetricReport report = MetricReport.of(p, t);
    int[] labels = pairLabels(p);
    return new EvaluationSnapshot(
        p,
        state,
        report,
        labels,
        pairs(p, t, labels),
        truePairs != null ? truePairs : pairs(p, null, labels),
        StepCards.evaluation(p, t, report),
        report.rowErrors(),
        p.highestProbability());
  }

  /** The labels most often true in the test rows, at most {@link #PAIR_LABELS}, in column order. */
  static int[] pairLabels(Predictions p) {
    return java.util.stream.IntStream.range(0, p.labelCount())
        .boxed()
        .sorted(
            java.util.Comparator.comparingInt((Integer k) -> -p.support(k))
                .thenComparingInt(k -> k))
        .limit(PAIR_LABELS)
        .sorted()
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** The thresholds in force. */
  public Thresholds thresholds() {
    return state.thresholds();
  }

  /**
   * True when the thresholds predict no label for any test row: every precision, recall and F1 is
   * then 0, and the screen says why.
   */
  public boolean predictsNothing() {
    return predictions.rows() > 0 && report.rowsWithNoPrediction() == predictions.rows();
  }

  /** Wrong label decisions in test row {@code row} at these thresholds. */
  public int rowErrors(int row) {
    return rowErrors[row];
  }

  /**
   * Rows carrying both the a-th and the b-th of {@code labels} (a = b: that label itself), by
   * prediction or, when {@code t} is null, by truth.
   */
  static int[][] pairs(Predictions p, Thresholds t, int[] labels) {
    int l = labels.length;
    int[][] counts = new int[l][l];
    int[] on = new int[l];
    for (int i = 0; i < p.rows(); i++) {
      int m = 0;
      for (int a = 0; a < l; a++) {
        int k = labels[a];
        int v = t == null ? p.truth(i, k) : t.decide(k, p.probability(i, k));
        if (v == 1) {
          on[m++] = a;
        }
      }
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          counts[on[a]][on[b]]++;
        }
      }
    }
    return counts;
  }
}
