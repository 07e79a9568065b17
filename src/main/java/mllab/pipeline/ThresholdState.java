package mllab.pipeline;

import java.util.Arrays;
import java.util.Objects;
import mllab.eval.Thresholds;

/**
 * The decision rule of the Evaluation step, as part of the pipeline's state: one threshold for
 * every label, or one per label, and how those values were chosen. Every number that depends on a
 * threshold (metrics, tiles, tables, the trace, the Python panel, saved sessions, exports, Learn's
 * questions about the run) is computed from this one value, so no two places can disagree.
 *
 * <p>Values are kept exactly as chosen: a tuned threshold such as 0.4413 is not rounded to the
 * slider's 0.01 steps, so a saved and reopened session decides every cell as before, bit for bit.
 * Immutable; every change makes a new state.
 */
public final class ThresholdState {

  /** How the values came about; the screen explains a tuned choice and its optimism. */
  public enum Tuning {
    /** Set by hand (or the default). */
    NONE,
    /** Each label at the threshold that maximises its F1 on the test rows. */
    F1_OPTIMAL,
    /** One threshold for all labels, matching the training rows' label cardinality. */
    PCUT
  }

  /** The lesson's default rule: predict a label when its probability is at least 0.5. */
  public static final double DEFAULT = 0.5;

  private final double global;
  private final double[] labels;
  private final boolean perLabel;
  private final Tuning tuning;

  private ThresholdState(double global, double[] labels, boolean perLabel, Tuning tuning) {
    check(global);
    for (double t : labels) {
      check(t);
    }
    this.global = global;
    this.labels = labels;
    this.perLabel = perLabel;
    this.tuning = Objects.requireNonNull(tuning, "tuning");
  }

  private static void check(double t) {
    // Thresholds validates the range and names the value.
    Thresholds.global(t, 1);
  }

  /** One threshold {@code t} for each of {@code labelCount} labels. */
  public static ThresholdState global(double t, int labelCount) {
    double[] v = new double[labelCount];
    Arrays.fill(v, t);
    return new ThresholdState(t, v, false, Tuning.NONE);
  }

  /** The default rule (0.5 for every label). */
  public static ThresholdState lesson(int labelCount) {
    return global(DEFAULT, labelCount);
  }

  /**
   * A state read back from a saved session: the values exactly as saved; {@code global} is the main
   * slider's value (in global mode every label has it).
   */
  public static ThresholdState restored(
      boolean perLabel, double[] values, Tuning tuning, double global) {
    if (!perLabel) {
      ThresholdState g = global(global, values.length);
      return new ThresholdState(global, g.labels, false, tuning);
    }
    return new ThresholdState(global, values.clone(), true, tuning);
  }

  /** One global threshold for all labels, set by hand. */
  public ThresholdState withGlobal(double t) {
    return global(t, labels.length);
  }

  /** PCut's one threshold for all labels (global mode, marked as tuned on the test rows). */
  public ThresholdState withPCut(double t) {
    ThresholdState g = global(t, labels.length);
    return new ThresholdState(t, g.labels, false, Tuning.PCUT);
  }

  /** F1-optimal thresholds, one per label. */
  public ThresholdState withF1Optimal(double[] values) {
    if (values.length != labels.length) {
      throw new IllegalArgumentException(
          values.length + " thresholds for " + labels.length + " labels");
    }
    return new ThresholdState(global, values.clone(), true, Tuning.F1_OPTIMAL);
  }

  /**
   * Per-label mode on (every label starts at the global threshold, so nothing is decided
   * differently) or off (every label back to the global threshold).
   */
  public ThresholdState withPerLabel(boolean on) {
    if (on == perLabel) {
      return this;
    }
    ThresholdState g = global(global, labels.length);
    return on ? new ThresholdState(global, g.labels, true, Tuning.NONE) : g;
  }

  /** One label's own threshold set by hand (switching to per-label mode). */
  public ThresholdState withLabel(int label, double t) {
    Objects.checkIndex(label, labels.length);
    double[] v = withPerLabel(true).labels.clone();
    v[label] = t;
    return new ThresholdState(global, v, true, Tuning.NONE);
  }

  /** The same rule for a dataset with {@code labelCount} labels (the global value is kept). */
  public ThresholdState forLabels(int labelCount) {
    return labelCount == labels.length && !perLabel && tuning == Tuning.NONE
        ? this
        : global(global, labelCount);
  }

  /** The global threshold: the one in force in global mode, the main slider's value. */
  public double global() {
    return global;
  }

  public boolean perLabel() {
    return perLabel;
  }

  public Tuning tuning() {
    return tuning;
  }

  public int labelCount() {
    return labels.length;
  }

  /** The threshold in force for {@code label}. */
  public double of(int label) {
    return labels[label];
  }

  /** The thresholds in force, one per label. */
  public double[] values() {
    return labels.clone();
  }

  /** The thresholds in force, ready to evaluate. */
  public Thresholds thresholds() {
    return Thresholds.perLabel(labels);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThresholdState s
        && Double.compare(global, s.global) == 0
        && perLabel == s.perLabel
        && tuning == s.tuning
        && Arrays.equals(labels, s.labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(global, perLabel, tuning, Arrays.hashCode(labels));
  }

  @Override
  public String toString() {
    return (perLabel ? "per-label " + Arrays.toString(labels) : "global " + global)
        + (tuning == Tuning.NONE ? "" : " (" + tuning + ")");
  }
}
