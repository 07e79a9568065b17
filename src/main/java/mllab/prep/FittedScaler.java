package mllab.prep;

import java.util.ArrayList;
import java.util.List;
import mllab.data.Dataset;
import mllab.split.Split;
import mllab.text.Text;

/**
 * A scaler after fitting: the per-feature statistics it learned, ready to transform any rows.
 *
 * <p>For min-max scaling each feature {@code j} is mapped by {@code x' = (x - min_j) / (max_j -
 * min_j)}, where {@code min_j} and {@code max_j} come from the rows it was fitted on. Those rows
 * land exactly in [0, 1]. Other rows, in particular test rows when the scaler was fitted on the
 * training rows only, can land outside [0, 1]: a test value larger than every training value scales
 * above 1. That is correct and expected; the values are neither clipped nor hidden but reported by
 * {@link #report(Dataset)}, because clipping would silently change the data the model is evaluated
 * on.
 *
 * <p>A feature that was constant in the fitted rows ({@code max_j == min_j}) has no width to divide
 * by. Like scikit-learn's {@code MinMaxScaler}, the width is then taken as 1, so the fitted rows
 * map to 0 and any other value keeps its distance from the constant ({@code x - min_j}), which the
 * report shows when it falls outside [0, 1].
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class FittedScaler {

  private final Scaler scaler;
  private final FitScope scope;
  private final int fittedRows;
  private final List<String> featureNames;
  private final double[] min;
  private final double[] max;

  FittedScaler(
      Scaler scaler,
      FitScope scope,
      int fittedRows,
      List<String> featureNames,
      double[] min,
      double[] max) {
    this.scaler = scaler;
    this.scope = scope;
    this.fittedRows = fittedRows;
    this.featureNames = List.copyOf(featureNames);
    this.min = min.clone();
    this.max = max.clone();
  }

  /** The kind of scaling. */
  public Scaler scaler() {
    return scaler;
  }

  /** Which rows of the split it was fitted on. */
  public FitScope scope() {
    return scope;
  }

  /** How many rows it was fitted on. */
  public int fittedRows() {
    return fittedRows;
  }

  public List<String> featureNames() {
    return featureNames;
  }

  public int featureCount() {
    return featureNames.size();
  }

  /** The learned minimum of feature {@code j}: the value that scales to 0. */
  public double min(int j) {
    return min[j];
  }

  /** The learned maximum of feature {@code j}: the value that scales to 1. */
  public double max(int j) {
    return max[j];
  }

  /** Every feature's learned range, in feature order. */
  public List<FeatureRange> ranges() {
    List<FeatureRange> ranges = new ArrayList<>(min.length);
    for (int j = 0; j < min.length; j++) {
      ranges.add(new FeatureRange(featureNames.get(j), min[j], max[j]));
    }
    return List.copyOf(ranges);
  }

  /** Names of the features that were constant in the fitted rows, in feature order. */
  public List<String> constantFeatures() {
    List<String> names = new ArrayList<>();
    for (int j = 0; j < min.length; j++) {
      if (max[j] == min[j]) {
        names.add(featureNames.get(j));
      }
    }
    return List.copyOf(names);
  }

  /**
   * Scales one row of raw feature values.
   *
   * @throws IllegalArgumentException when the row does not have one value per fitted feature
   */
  public double[] apply(double[] row) {
    if (row.length != min.length) {
      throw new IllegalArgumentException(
          Text.get("engine.prep.rowWidth", String.valueOf(row.length), String.valueOf(min.length)));
    }
    double[] out = new double[row.length];
    for (int j = 0; j < row.length; j++) {
      out[j] = scale(j, row[j]);
    }
    return out;
  }

  /** Scales one value of feature {@code j}. */
  public double scale(int j, double value) {
    return switch (scaler) {
      case MIN_MAX -> {
        double width = max[j] - min[j];
        // A constant feature has no width; dividing by 1 instead keeps its rows at 0 without NaN.
        if (width == 0) {
          yield value - min[j];
        }
        double offset = value - min[j];
        if (Double.isFinite(width) && Double.isFinite(offset)) {
          yield offset / width;
        }
        // The difference of two finite values overflowed (a column from -1e308 to 1e308): their
        // halves cannot, and the ratio of the halves is the same number.
        yield (value / 2 - min[j] / 2) / (max[j] / 2 - min[j] / 2);
      }
    };
  }

  /**
   * Scales every row of {@code data}; labels and names are kept.
   *
   * @throws IllegalArgumentException when {@code data} does not have the features the scaler was
   *     fitted on, in the same order
   */
  public Dataset apply(Dataset data) {
    requireSameFeatures(data);
    double[][] scaled = new double[data.rows()][];
    for (int i = 0; i < data.rows(); i++) {
      scaled[i] = apply(data.featureRow(i));
    }
    return data.withFeatures(
        scaled, Text.get("engine.prep.scaledName", data.name(), scaler.displayName()));
  }

  /** Scales every part of {@code split}; rows, indices, method and seed are kept. */
  public Split apply(Split split) {
    return split.withData(
        apply(split.train()), split.validation().map(this::apply), apply(split.test()));
  }

  /**
   * Scales {@code data} and reports every cell that falls outside [0, 1], which happens when these
   * rows were not (all) among the rows the scaler was fitted on.
   */
  public ScalingReport report(Dataset data) {
    requireSameFeatures(data);
    List<ScalingReport.Cell> outside = new ArrayList<>();
    for (int i = 0; i < data.rows(); i++) {
      for (int j = 0; j < min.length; j++) {
        double raw = data.feature(i, j);
        double scaled = scale(j, raw);
        if (scaled < 0 || scaled > 1) {
          outside.add(new ScalingReport.Cell(i, j, featureNames.get(j), raw, scaled));
        }
      }
    }
    return new ScalingReport(data.name(), data.rows(), featureNames, outside);
  }

  private void requireSameFeatures(Dataset data) {
    if (!data.featureNames().equals(featureNames)) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.prep.otherFeatures",
              data.name(),
              String.valueOf(data.featureCount()),
              preview(data.featureNames()),
              String.valueOf(featureNames.size()),
              preview(featureNames)));
    }
  }

  private static String preview(List<String> names) {
    return names.size() <= 5 ? names.toString() : names.subList(0, 5) + "…";
  }

  @Override
  public String toString() {
    return scaler.displayName()
        + " scaler fitted on "
        + fittedRows
        + " rows ("
        + scope.displayName()
        + "), "
        + min.length
        + " features";
  }
}
