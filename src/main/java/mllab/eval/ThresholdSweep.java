package mllab.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mllab.text.Text;

/**
 * What happens to the metrics as the threshold moves from 0 to 1, and which thresholds are worth
 * choosing.
 *
 * <p>A low threshold predicts many labels: recall rises, precision falls, the predicted label
 * cardinality grows. A high threshold does the opposite. The sweep evaluates every {@link Metric}
 * with one global threshold on an even grid (0 predicts every label; 1 predicts only probabilities
 * of exactly 1), and offers three classic ways to pick thresholds instead of guessing 0.5:
 *
 * <ul>
 *   <li><b>F1-optimal per label</b>: for each label on its own, the threshold that maximises its F1
 *       on these rows, searched over every distinct probability of that label (each one is a point
 *       where the decisions change), not only the grid. Ties go to the highest threshold, which
 *       predicts the fewest labels. Tuned on the rows it is judged on, it is optimistic; in
 *       practice it is chosen on validation rows.
 *   <li><b>PCut</b> (proportional cut): one global threshold chosen so that the mean number of
 *       labels predicted per row matches a target cardinality, usually the training set's.
 *   <li><b>Curves per label</b>: the ROC curve (false positive rate, true positive rate) and the
 *       precision-recall curve, one point per distinct probability, plus the operating point of any
 *       given threshold on them.
 * </ul>
 *
 * <p>Building a sweep costs one {@link MetricReport} pass per grid point plus one sort per label
 * (measured 2.6 s for 100,000 × 100 on a busy 2-core machine), so build it once per set of
 * predictions, off the UI thread; every query afterwards is cheap. Immutable.
 */
public final class ThresholdSweep {

  /** A point of a ROC curve: predicting at probability ≥ threshold gives these rates. */
  public record RocPoint(double threshold, double falsePositiveRate, double truePositiveRate) {}

  /** A point of a precision-recall curve: predicting at probability ≥ threshold. */
  public record PrPoint(double threshold, double recall, double precision) {}

  /** The best threshold of one label for F1, and the F1 it reaches on these rows. */
  public record LabelOptimum(int label, double threshold, double f1) {}

  /** A PCut result: the global threshold and the mean predicted cardinality it yields. */
  public record PCut(double threshold, double predictedCardinality) {}

  /** The default grid: 0, 0.01, …, 1. */
  public static final int DEFAULT_GRID_POINTS = 101;

  private final Predictions predictions;
  private final double[] grid;
  private final Map<Metric, double[]> curves;
  private final LabelCurve[] labelCurves;

  private ThresholdSweep(
      Predictions predictions,
      double[] grid,
      Map<Metric, double[]> curves,
      LabelCurve[] labelCurves) {
    this.predictions = predictions;
    this.grid = grid;
    this.curves = curves;
    this.labelCurves = labelCurves;
  }

  /** The sweep on the default 101-point grid. */
  public static ThresholdSweep of(Predictions predictions) {
    return of(predictions, DEFAULT_GRID_POINTS);
  }

  /**
   * The sweep on {@code gridPoints} evenly spaced thresholds from 0 to 1 inclusive.
   *
   * @throws IllegalArgumentException when {@code gridPoints} is below 2
   */
  public static ThresholdSweep of(Predictions predictions, int gridPoints) {
    Objects.requireNonNull(predictions, "predictions");
    if (gridPoints < 2) {
      throw new IllegalArgumentException(
          Text.get("engine.eval.sweep.gridPoints", String.valueOf(gridPoints)));
    }
    int l = predictions.labelCount();
    double[] grid = new double[gridPoints];
    Map<Metric, double[]> curves = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      curves.put(m, new double[gridPoints]);
    }
    for (int g = 0; g < gridPoints; g++) {
      // Divide rather than accumulate a step, so that the grid hits 0.5 and 1 exactly.
      grid[g] = g / (double) (gridPoints - 1);
      MetricReport report = MetricReport.of(predictions, Thresholds.global(grid[g], l));
      for (Metric m : Metric.values()) {
        curves.get(m)[g] = m.valueIn(report);
      }
    }
    LabelCurve[] labelCurves = new LabelCurve[l];
    for (int k = 0; k < l; k++) {
      labelCurves[k] = LabelCurve.of(predictions, k);
    }
    return new ThresholdSweep(predictions, grid, curves, labelCurves);
  }

  /** How many labels the sweep covers. */
  public int labelCount() {
    return labelCurves.length;
  }

  /** The grid thresholds, from 0 to 1 (a fresh array). */
  public double[] thresholds() {
    return grid.clone();
  }

  /** {@code metric} at each grid threshold, aligned with {@link #thresholds()} (a fresh array). */
  public double[] curve(Metric metric) {
    return curves.get(Objects.requireNonNull(metric, "metric")).clone();
  }

  /** The grid threshold where {@code metric} is best; the lowest such threshold on ties. */
  public double bestGridThreshold(Metric metric) {
    double[] values = curves.get(Objects.requireNonNull(metric, "metric"));
    int best = 0;
    for (int g = 1; g < values.length; g++) {
      if (metric.isBetter(values[g], values[best])) {
        best = g;
      }
    }
    return grid[best];
  }

  /**
   * The threshold that maximises {@code label}'s F1 on these rows, searched over the label's
   * distinct probabilities. A label that never occurs has F1 0 everywhere (zero_division=0); it
   * gets its highest probability, which predicts it the fewest times. With no rows the threshold is
   * 1.
   */
  public LabelOptimum f1Optimal(int label) {
    Objects.checkIndex(label, labelCurves.length);
    LabelCurve c = labelCurves[label];
    double bestThreshold = 1.0;
    double bestF1 = -1;
    for (int s = 0; s < c.thresholds.length; s++) {
      int den = c.tp[s] + c.fp[s] + c.positives;
      double f1 = den == 0 ? 0 : 2.0 * c.tp[s] / den;
      // Strictly greater: on a tie the earlier, higher threshold stays.
      if (f1 > bestF1) {
        bestF1 = f1;
        bestThreshold = c.thresholds[s];
      }
    }
    return new LabelOptimum(label, bestThreshold, Math.max(bestF1, 0));
  }

  /** The F1-optimal threshold of every label, ready to evaluate. */
  public Thresholds f1OptimalThresholds() {
    double[] t = new double[labelCurves.length];
    for (int k = 0; k < t.length; k++) {
      t[k] = f1Optimal(k).threshold();
    }
    return Thresholds.perLabel(t);
  }

  /**
   * PCut: the one global threshold whose mean number of predicted labels per row on these rows
   * comes closest to {@code targetCardinality} (for example the training set's label cardinality).
   * Candidates are 1 and every distinct probability; on a tie the higher threshold wins.
   *
   * @throws IllegalArgumentException when the target is negative, above the label count or NaN
   */
  public PCut pCut(double targetCardinality) {
    int n = predictions.rows();
    int l = predictions.labelCount();
    if (!(targetCardinality >= 0 && targetCardinality <= l)) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.eval.sweep.targetCardinality",
              String.valueOf(targetCardinality),
              String.valueOf(l)));
    }
    if (n == 0) {
      return new PCut(1.0, 0);
    }
    double[] sorted = predictions.probability.clone();
    Arrays.sort(sorted);
    double target = targetCardinality * n;
    int cells = sorted.length;
    // Start from threshold 1: it predicts only the cells that are exactly 1.
    int firstAtOne = lowerBound(sorted, 1.0);
    double bestThreshold = 1.0;
    int bestCount = cells - firstAtOne;
    int idx = firstAtOne - 1;
    // Walk down the distinct values; lowering the threshold only ever adds predicted cells.
    while (idx >= 0) {
      double v = sorted[idx];
      while (idx >= 0 && sorted[idx] == v) {
        idx--;
      }
      int count = cells - (idx + 1);
      if (Math.abs(count - target) < Math.abs(bestCount - target)) {
        bestCount = count;
        bestThreshold = v;
      }
      if (count >= target) {
        break;
      }
    }
    return new PCut(bestThreshold, bestCount / (double) n);
  }

  /**
   * The ROC curve of {@code label}: a first point (+∞, 0, 0) where nothing is predicted, then one
   * point per distinct probability from the highest down, ending at (1, 1). Rates are NaN when the
   * label has no positives (TPR) or no negatives (FPR) in the truth.
   */
  public List<RocPoint> rocCurve(int label) {
    Objects.checkIndex(label, labelCurves.length);
    LabelCurve c = labelCurves[label];
    List<RocPoint> points = new ArrayList<>(c.thresholds.length + 1);
    points.add(new RocPoint(Double.POSITIVE_INFINITY, rate(0, c.negatives), rate(0, c.positives)));
    for (int s = 0; s < c.thresholds.length; s++) {
      points.add(
          new RocPoint(c.thresholds[s], rate(c.fp[s], c.negatives), rate(c.tp[s], c.positives)));
    }
    return List.copyOf(points);
  }

  /** Where predicting {@code label} at probability ≥ {@code threshold} sits on its ROC curve. */
  public RocPoint rocOperatingPoint(int label, double threshold) {
    ConfusionCounts counts = countsAt(label, threshold);
    LabelCurve c = labelCurves[label];
    return new RocPoint(threshold, rate(counts.fp(), c.negatives), rate(counts.tp(), c.positives));
  }

  /**
   * The precision-recall curve of {@code label}: a first point (+∞, recall 0, precision 1), the
   * point scikit-learn's {@code precision_recall_curve} also adds, then one point per distinct
   * probability from the highest down. Recall is 0 for a label with no positives.
   */
  public List<PrPoint> precisionRecallCurve(int label) {
    Objects.checkIndex(label, labelCurves.length);
    LabelCurve c = labelCurves[label];
    List<PrPoint> points = new ArrayList<>(c.thresholds.length + 1);
    points.add(new PrPoint(Double.POSITIVE_INFINITY, 0, 1));
    for (int s = 0; s < c.thresholds.length; s++) {
      ConfusionCounts counts = new ConfusionCounts(c.tp[s], c.fp[s], c.positives - c.tp[s], 0);
      points.add(new PrPoint(c.thresholds[s], counts.recall(), counts.precision()));
    }
    return List.copyOf(points);
  }

  /**
   * Where predicting {@code label} at probability ≥ {@code threshold} sits on its precision-recall
   * curve; precision is 0 when nothing is predicted (zero_division=0).
   */
  public PrPoint prOperatingPoint(int label, double threshold) {
    ConfusionCounts counts = countsAt(label, threshold);
    return new PrPoint(threshold, counts.recall(), counts.precision());
  }

  /** {@code label}'s 2×2 counts at {@code threshold}, without a full metric pass. */
  public ConfusionCounts countsAt(int label, double threshold) {
    Objects.checkIndex(label, labelCurves.length);
    return labelCurves[label].countsAt(threshold);
  }

  private static double rate(int count, int total) {
    return total == 0 ? Double.NaN : count / (double) total;
  }

  private static int lowerBound(double[] sorted, double key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
