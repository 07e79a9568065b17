package mllab.eval;

import java.util.function.ToDoubleFunction;
import mllab.text.Text;

/**
 * The threshold-dependent metrics the app shows, each with a display name, a one-line definition in
 * plain words (used for tooltips and quiz explanations) and its direction.
 *
 * <p>Multi-label evaluation has no single "accuracy": the same predictions can look excellent per
 * cell (Hamming loss) and poor per row (exact match). Listing the metrics side by side, with what
 * each one rewards, is the lesson. The definitions and zero-division rules are those of {@link
 * MetricReport}.
 */
public enum Metric {
  HAMMING_LOSS(false, MetricReport::hammingLoss),
  LABEL_ACCURACY(true, MetricReport::labelAccuracy),
  SUBSET_ACCURACY(true, MetricReport::subsetAccuracy),
  JACCARD(true, MetricReport::jaccard),
  MICRO_PRECISION(true, MetricReport::microPrecision),
  MICRO_RECALL(true, MetricReport::microRecall),
  MICRO_F1(true, MetricReport::microF1),
  MACRO_PRECISION(true, MetricReport::macroPrecision),
  MACRO_RECALL(true, MetricReport::macroRecall),
  MACRO_F1(true, MetricReport::macroF1),
  WEIGHTED_PRECISION(true, MetricReport::weightedPrecision),
  WEIGHTED_RECALL(true, MetricReport::weightedRecall),
  WEIGHTED_F1(true, MetricReport::weightedF1),
  SAMPLES_PRECISION(true, MetricReport::samplesPrecision),
  SAMPLES_RECALL(true, MetricReport::samplesRecall),
  SAMPLES_F1(true, MetricReport::samplesF1);

  private final boolean higherIsBetter;
  private final ToDoubleFunction<MetricReport> extractor;

  Metric(boolean higherIsBetter, ToDoubleFunction<MetricReport> extractor) {
    this.higherIsBetter = higherIsBetter;
    this.extractor = extractor;
  }

  /** A short name for labels and table headers, e.g. "F1 (macro)". */
  public String displayName() {
    return Text.get("engine.metric." + name() + ".name");
  }

  /** One sentence in plain words saying what the metric measures. */
  public String definition() {
    return Text.get("engine.metric." + name() + ".definition");
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
