package mllab.eval;

import java.util.function.ToDoubleFunction;

/**
 * The threshold-dependent metrics the app shows, each with a display name, a one-line definition
 * in plain words (used for tooltips and quiz explanations) and its direction.
 *
 * <p>Multi-label evaluation has no single "accuracy": the same predictions can look excellent per
 * cell (Hamming loss) and poor per row (exact match). Listing the metrics side by side, with what
 * each one rewards, is the lesson. The definitions and zero-division rules are those of {@link
 * MetricReport}.
 */
public enum Metric {
  HAMMING_LOSS(
      "Hamming loss",
      "Share of all individual label decisions (rows × labels) that are wrong.",
      false,
      MetricReport::hammingLoss),
  LABEL_ACCURACY(
      "Label accuracy",
      "Share of all individual label decisions (rows × labels) that are right; 1 − Hamming loss.",
      true,
      MetricReport::labelAccuracy),
  SUBSET_ACCURACY(
      "Subset accuracy (exact match)",
      "Share of rows whose predicted label set is exactly the true one: none missing, none extra.",
      true,
      MetricReport::subsetAccuracy),
  JACCARD(
      "Jaccard (samples)",
      "Per row, labels in both sets divided by labels in either set, averaged over rows.",
      true,
      MetricReport::jaccard),
  MICRO_PRECISION(
      "Precision (micro)",
      "Of all labels predicted anywhere, the share that are truly there; frequent labels dominate.",
      true,
      MetricReport::microPrecision),
  MICRO_RECALL(
      "Recall (micro)",
      "Of all true labels anywhere, the share that were predicted; frequent labels dominate.",
      true,
      MetricReport::microRecall),
  MICRO_F1(
      "F1 (micro)",
      "Harmonic mean of micro precision and recall, from the counts pooled over all labels.",
      true,
      MetricReport::microF1),
  MACRO_PRECISION(
      "Precision (macro)",
      "Precision of each label on its own, averaged so that every label counts equally.",
      true,
      MetricReport::macroPrecision),
  MACRO_RECALL(
      "Recall (macro)",
      "Recall of each label on its own, averaged so that every label counts equally.",
      true,
      MetricReport::macroRecall),
  MACRO_F1(
      "F1 (macro)",
      "F1 of each label on its own, averaged so that a rare label counts as much as a common one.",
      true,
      MetricReport::macroF1),
  WEIGHTED_PRECISION(
      "Precision (weighted)",
      "Precision of each label, averaged with each label weighted by how often it truly occurs.",
      true,
      MetricReport::weightedPrecision),
  WEIGHTED_RECALL(
      "Recall (weighted)",
      "Recall of each label, averaged with each label weighted by how often it truly occurs.",
      true,
      MetricReport::weightedRecall),
  WEIGHTED_F1(
      "F1 (weighted)",
      "F1 of each label, averaged with each label weighted by how often it truly occurs.",
      true,
      MetricReport::weightedF1),
  SAMPLES_PRECISION(
      "Precision (samples)",
      "Per row, the share of predicted labels that are true, averaged over rows.",
      true,
      MetricReport::samplesPrecision),
  SAMPLES_RECALL(
      "Recall (samples)",
      "Per row, the share of true labels that were predicted, averaged over rows.",
      true,
      MetricReport::samplesRecall),
  SAMPLES_F1(
      "F1 (samples)",
      "Per row, the F1 of the predicted against the true label set, averaged over rows.",
      true,
      MetricReport::samplesF1);

  private final String displayName;
  private final String definition;
  private final boolean higherIsBetter;
  private final ToDoubleFunction<MetricReport> extractor;

  Metric(
      String displayName,
      String definition,
      boolean higherIsBetter,
      ToDoubleFunction<MetricReport> extractor) {
    this.displayName = displayName;
    this.definition = definition;
    this.higherIsBetter = higherIsBetter;
    this.extractor = extractor;
  }

  /** A short name for labels and table headers, e.g. "F1 (macro)". */
  public String displayName() {
    return displayName;
  }

  /** One sentence in plain words saying what the metric measures. */
  public String definition() {
    return definition;
  }

  /** True for scores (1 is perfect), false for losses (0 is perfect). */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** This metric's value in {@code report}. */
  public double valueIn(MetricReport report) {
    return extractor.applyAsDouble(report);
  }

  /** True when {@code a} is strictly better than {@code b} for this metric. */
  public boolean isBetter(double a, double b) {
    return higherIsBetter ? a > b : a < b;
  }
}
