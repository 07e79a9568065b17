package mllab.eval;

import java.util.Arrays;
import mllab.text.Text;

/**
 * The cut-off that turns each label's probability into a 0/1 decision: predict the label when its
 * probability is at least the threshold. One value for all labels, or one per label.
 */
public final class Thresholds {

  private final double[] perLabel;

  private Thresholds(double[] perLabel) {
    for (double t : perLabel) {
      if (!(t >= 0 && t <= 1)) {
        throw new IllegalArgumentException(
            Text.get("engine.eval.thresholdRange", String.valueOf(t)));
      }
    }
    this.perLabel = perLabel;
  }

  /** The same threshold for each of {@code labelCount} labels. */
  public static Thresholds global(double threshold, int labelCount) {
    double[] t = new double[labelCount];
    Arrays.fill(t, threshold);
    return new Thresholds(t);
  }

  /** One threshold per label. */
  public static Thresholds perLabel(double... thresholds) {
    return new Thresholds(thresholds.clone());
  }

  public double of(int label) {
    return perLabel[label];
  }

  public int labelCount() {
    return perLabel.length;
  }

  /**
   * Checks that these thresholds are for {@code labels} labels.
   *
   * @throws IllegalArgumentException naming both counts when they differ
   */
  public void requireLabelCount(int labels) {
    if (labelCount() != labels) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.eval.thresholdCount", String.valueOf(labelCount()), String.valueOf(labels)));
    }
  }

  /** A copy with one label's threshold replaced. */
  public Thresholds with(int label, double threshold) {
    double[] t = perLabel.clone();
    t[label] = threshold;
    return new Thresholds(t);
  }

  /** 1 when {@code probability >= threshold}, else 0. */
  public int decide(int label, double probability) {
    return probability >= perLabel[label] ? 1 : 0;
  }

  public double[] toArray() {
    return perLabel.clone();
  }

  /** The backing array, for the metric pass; callers in this package never write to it. */
  double[] values() {
    return perLabel;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Thresholds t && Arrays.equals(perLabel, t.perLabel);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(perLabel);
  }

  @Override
  public String toString() {
    return "Thresholds" + Arrays.toString(perLabel);
  }
}
