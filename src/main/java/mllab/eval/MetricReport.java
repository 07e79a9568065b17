package mllab.eval;

import java.util.Arrays;
import java.util.Objects;

/**
 * Every threshold-dependent metric of a set of predictions at given thresholds.
 *
 * <p>Once a threshold turns each probability into a 0/1 decision, a multi-label prediction can be
 * judged in three different ways, and they answer different questions:
 *
 * <ul>
 *   <li><b>Per cell.</b> Hamming loss is the fraction of the n × L individual label decisions that
 *       are wrong; label accuracy is its complement. Because most cells of a sparse label matrix
 *       are 0, a model that predicts nothing can still score a low Hamming loss.
 *   <li><b>Per row.</b> Subset accuracy (exact match) counts a row only when every one of its
 *       labels is right; the Jaccard index and the samples-averaged precision, recall and F1 give
 *       partial credit by comparing the predicted and true label <em>sets</em> of each row.
 *   <li><b>Per label.</b> Each label is its own binary problem with a 2×2 {@link ConfusionCounts}.
 *       Their precision, recall and F1 are combined by <em>micro</em> averaging (pool all counts,
 *       so frequent labels dominate), <em>macro</em> averaging (the plain mean over labels, so a
 *       rare label counts as much as a common one) or <em>weighted</em> averaging (the mean
 *       weighted by each label's support).
 * </ul>
 *
 * <p>The definitions are scikit-learn's, including its {@code zero_division=0}: whenever a
 * denominator is 0 the value is 0. So a label never predicted has precision 0, a label that never
 * occurs has recall 0, and F1 is 0 when tp, fp and fn are all 0. For the samples averages and
 * Jaccard this applies row by row: a row with no true and no predicted label scores 0 for
 * precision, recall, F1 and Jaccard (even though "predicted nothing, nothing there" is arguably
 * perfect), exactly as {@code precision_recall_fscore_support(..., average='samples',
 * zero_division=0)} and {@code jaccard_score(..., average='samples', zero_division=0)} do. The
 * weighted averages are 0 when no label occurs at all. With no rows every metric is 0 (and label
 * accuracy 1).
 *
 * <p>The report is computed in one pass over the cells with no allocation per cell, cheap enough to
 * recompute on every movement of the threshold slider. It is immutable.
 */
public final class MetricReport {

  private final int rows;
  private final int labelCount;
  private final int[] tp;
  private final int[] predicted;
  private final int[] support;
  private final long totalTp;
  private final long totalPredicted;
  private final long totalSupport;
  private final int exactRows;
  private final int emptyPredictionRows;
  private final double samplesPrecisionSum;
  private final double samplesRecallSum;
  private final double samplesF1Sum;
  private final double jaccardSum;
  private final int[] rowErrors;
  private final int[] rowPredicted;

  private MetricReport(
      Predictions predictions,
      int[] tp,
      int[] predicted,
      int exactRows,
      int emptyPredictionRows,
      double samplesPrecisionSum,
      double samplesRecallSum,
      double samplesF1Sum,
      double jaccardSum,
      int[] rowErrors,
      int[] rowPredicted) {
    this.rows = predictions.rows();
    this.labelCount = predictions.labelCount();
    this.tp = tp;
    this.predicted = predicted;
    // The label supports never change with the threshold; sharing the array is safe because
    // neither class ever writes to it after construction.
    this.support = predictions.labelTrueCount;
    this.totalTp = sum(tp);
    this.totalPredicted = sum(predicted);
    this.totalSupport = sum(support);
    this.exactRows = exactRows;
    this.emptyPredictionRows = emptyPredictionRows;
    this.samplesPrecisionSum = samplesPrecisionSum;
    this.samplesRecallSum = samplesRecallSum;
    this.samplesF1Sum = samplesF1Sum;
    this.jaccardSum = jaccardSum;
    this.rowErrors = rowErrors;
    this.rowPredicted = rowPredicted;
  }

  /**
   * Computes the report for {@code predictions} decided at {@code thresholds}: a label is predicted
   * when its probability is at least its threshold.
   *
   * @throws IllegalArgumentException when the thresholds are for a different number of labels
   */
  public static MetricReport of(Predictions predictions, Thresholds thresholds) {
    Objects.requireNonNull(predictions, "predictions");
    Objects.requireNonNull(thresholds, "thresholds");
    int n = predictions.rows();
    int l = predictions.labelCount();
    thresholds.requireLabelCount(l);
    double[] t = thresholds.values();
    double[] p = predictions.probability;
    int[] rowTrue = predictions.rowTrueCount;
    int[] positiveStart = predictions.positiveStart;
    int[] positiveLabel = predictions.positiveLabel;
    double[] inv = predictions.inverse;
    int[] tp = new int[l];
    // Counted as doubles so that a vector of cells adds to them at once; exact far beyond 2^31.
    double[] predictedCounts = new double[l];
    boolean vectors = Decisions.vectorsFor(n, l);
    int exact = 0;
    int empty = 0;
    int[] rowErrors = new int[n];
    int[] predictedInRow = new int[n];
    double precisionSum = 0;
    double recallSum = 0;
    double f1Sum = 0;
    double jaccardSum = 0;
    for (int i = 0, base = 0; i < n; i++, base += l) {
      int rowPredicted = Decisions.decideRow(p, base, t, predictedCounts, l, vectors);
      predictedInRow[i] = rowPredicted;
      int rowHits = hits(p, base, t, tp, positiveLabel, positiveStart[i], positiveStart[i + 1]);
      int rowTruth = rowTrue[i];
      // A row is an exact match when it has no false positive and no false negative:
      // |pred| + |true| - 2|pred ∩ true| = 0.
      rowErrors[i] = rowPredicted + rowTruth - 2 * rowHits;
      exact += rowErrors[i] == 0 ? 1 : 0;
      empty += rowPredicted == 0 ? 1 : 0;
      // inv[0] is 0, which is exactly zero_division=0 for an empty denominator.
      precisionSum += rowHits * inv[rowPredicted];
      recallSum += rowHits * inv[rowTruth];
      f1Sum += 2 * rowHits * inv[rowPredicted + rowTruth];
      jaccardSum += rowHits * inv[rowPredicted + rowTruth - rowHits];
    }
    int[] predicted = new int[l];
    Arrays.setAll(predicted, k -> (int) predictedCounts[k]);
    return new MetricReport(
        predictions,
        tp,
        predicted,
        exact,
        empty,
        precisionSum,
        recallSum,
        f1Sum,
        jaccardSum,
        rowErrors,
        predictedInRow);
  }

  /**
   * The row's true labels that are also predicted, each added to its label's TP. Hits can only
   * happen where the truth is 1, so only the row's true labels are revisited (their probabilities
   * are still in cache): about 40% faster than testing every cell at a label density of 0.2.
   */
  private static int hits(
      double[] p, int base, double[] t, int[] tp, int[] positiveLabel, int from, int end) {
    int rowHits = 0;
    for (int j = from; j < end; j++) {
      int k = positiveLabel[j];
      int decision = p[base + k] >= t[k] ? 1 : 0;
      tp[k] += decision;
      rowHits += decision;
    }
    return rowHits;
  }

  public int rows() {
    return rows;
  }

  /**
   * Each row's wrong label decisions, its false positives plus false negatives (its Hamming
   * distance to the truth); a fresh copy.
   */
  public int[] rowErrors() {
    return rowErrors.clone();
  }

  public int labelCount() {
    return labelCount;
  }

  /** How many labels row {@code row} is predicted to carry (0: the row gets no label at all). */
  public int predictedInRow(int row) {
    return rowPredicted[row];
  }

  /** Fraction of the n × L label decisions that are wrong: (FP + FN) / (n · L). */
  public double hammingLoss() {
    double cells = (double) rows * labelCount;
    return ratio(totalPredicted + totalSupport - 2 * totalTp, cells);
  }

  /** 1 − Hamming loss: the fraction of individual label decisions that are right. */
  public double labelAccuracy() {
    return 1 - hammingLoss();
  }

  /** Fraction of rows whose whole predicted label set equals the true set (exact match). */
  public double subsetAccuracy() {
    return ratio(exactRows, rows);
  }

  /** Mean over rows of |pred ∩ true| / |pred ∪ true|; a row with both sets empty scores 0. */
  public double jaccard() {
    return ratio(jaccardSum, rows);
  }

  public double microPrecision() {
    return ratio(totalTp, totalPredicted);
  }

  public double microRecall() {
    return ratio(totalTp, totalSupport);
  }

  /** F1 of the pooled counts of all labels: 2·ΣTP / (2·ΣTP + ΣFP + ΣFN). */
  public double microF1() {
    return ratio(2.0 * totalTp, totalPredicted + totalSupport);
  }

  public double macroPrecision() {
    double s = 0;
    for (int k = 0; k < labelCount; k++) {
      s += precision(k);
    }
    return ratio(s, labelCount);
  }

  public double macroRecall() {
    double s = 0;
    for (int k = 0; k < labelCount; k++) {
      s += recall(k);
    }
    return ratio(s, labelCount);
  }

  /** The plain mean of the per-label F1 scores (not the F1 of macro precision and recall). */
  public double macroF1() {
    double s = 0;
    for (int k = 0; k < labelCount; k++) {
      s += f1(k);
    }
    return ratio(s, labelCount);
  }

  public double weightedPrecision() {
    double s = 0;
    for (int k = 0; k < labelCount; k++) {
      s += support[k] * precision(k);
    }
    return ratio(s, totalSupport);
  }

  public double weightedRecall() {
    double s = 0;
    for (int k = 0; k < labelCount; k++) {
      s += support[k] * recall(k);
    }
    return ratio(s, totalSupport);
  }

  public double weightedF1() {
    double s = 0;
    for (int k = 0; k < labelCount; k++) {
      s += support[k] * f1(k);
    }
    return ratio(s, totalSupport);
  }

  /** Mean over rows of |pred ∩ true| / |pred|; a row with no predicted label scores 0. */
  public double samplesPrecision() {
    return ratio(samplesPrecisionSum, rows);
  }

  /** Mean over rows of |pred ∩ true| / |true|; a row with no true label scores 0. */
  public double samplesRecall() {
    return ratio(samplesRecallSum, rows);
  }

  /** Mean over rows of 2|pred ∩ true| / (|pred| + |true|); both sets empty scores 0. */
  public double samplesF1() {
    return ratio(samplesF1Sum, rows);
  }

  /** The 2×2 counts of one label. */
  public ConfusionCounts confusion(int label) {
    Objects.checkIndex(label, labelCount);
    int fp = predicted[label] - tp[label];
    int fn = support[label] - tp[label];
    return new ConfusionCounts(tp[label], fp, fn, rows - tp[label] - fp - fn);
  }

  /** The 2×2 counts of every label, in label order (a fresh array). */
  public ConfusionCounts[] perLabel() {
    ConfusionCounts[] counts = new ConfusionCounts[labelCount];
    for (int k = 0; k < labelCount; k++) {
      counts[k] = confusion(k);
    }
    return counts;
  }

  public double precision(int label) {
    Objects.checkIndex(label, labelCount);
    return ratio(tp[label], predicted[label]);
  }

  public double recall(int label) {
    Objects.checkIndex(label, labelCount);
    return ratio(tp[label], support[label]);
  }

  public double f1(int label) {
    Objects.checkIndex(label, labelCount);
    return ratio(2.0 * tp[label], predicted[label] + support[label]);
  }

  /** How many rows truly carry {@code label}. */
  public int support(int label) {
    Objects.checkIndex(label, labelCount);
    return support[label];
  }

  /** Mean number of labels predicted per row. */
  public double predictedCardinality() {
    return ratio(totalPredicted, rows);
  }

  /** Mean number of true labels per row; compare with {@link #predictedCardinality()}. */
  public double trueCardinality() {
    return ratio(totalSupport, rows);
  }

  /** How many rows got no label at all: a threshold set too high shows up here first. */
  public int rowsWithNoPrediction() {
    return emptyPredictionRows;
  }

  @Override
  public String toString() {
    return String.format(
        "MetricReport[%d rows × %d labels, hamming=%.4f, subset=%.4f, microF1=%.4f,"
            + " macroF1=%.4f]",
        rows, labelCount, hammingLoss(), subsetAccuracy(), microF1(), macroF1());
  }

  private static double ratio(double num, double den) {
    return ConfusionCounts.ratio(num, den);
  }

  private static long sum(int[] values) {
    long s = 0;
    for (int v : values) {
      s += v;
    }
    return s;
  }
}
