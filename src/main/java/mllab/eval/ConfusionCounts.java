package mllab.eval;

/**
 * The 2×2 confusion counts of one label: true positives, false positives, false negatives and true
 * negatives over all rows.
 */
public record ConfusionCounts(int tp, int fp, int fn, int tn) {

  public int support() {
    return tp + fn;
  }

  public int predictedPositives() {
    return tp + fp;
  }

  public ConfusionCounts plus(ConfusionCounts o) {
    return new ConfusionCounts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
  }

  /** tp / (tp + fp), 0 when nothing was predicted positive (scikit-learn's zero_division=0). */
  public double precision() {
    return ratio(tp, tp + fp);
  }

  /** tp / (tp + fn), 0 when the label never occurs (zero_division=0). */
  public double recall() {
    return ratio(tp, tp + fn);
  }

  /** 2tp / (2tp + fp + fn), 0 when all three are 0 (zero_division=0). */
  public double f1() {
    return ratio(2.0 * tp, 2.0 * tp + fp + fn);
  }

  /**
   * num / den, and 0 when den is 0: scikit-learn's {@code zero_division=0}. The one place this rule
   * is written; every metric in {@code eval} divides through it.
   */
  static double ratio(double num, double den) {
    return den == 0 ? 0.0 : num / den;
  }
}
