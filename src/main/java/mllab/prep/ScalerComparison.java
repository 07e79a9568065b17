package mllab.prep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mllab.data.Dataset;
import mllab.split.Split;

/**
 * How two fitted scalers disagree on the same rows: the teaching point of the leakage toggle.
 *
 * <p>Fit one scaler on the training rows only and another on all rows, then scale the test set with
 * both. Wherever the test set holds a value outside the training range, the all-rows scaler has
 * stretched that feature's range to include it, so every test value of that feature comes out
 * different, and no test cell falls outside [0, 1] any more. The test set looks "nicer" precisely
 * because it was used to prepare itself. {@link #leakage(Scaler, Split)} makes that comparison.
 *
 * <p>Cells are compared exactly: when both scalers learned the same range for a feature they
 * compute the same expression from the same numbers, so their results are bit-for-bit equal and any
 * difference is real.
 *
 * @param first the report of the first scaler on the rows (train-only in {@link #leakage})
 * @param second the report of the second scaler on the rows (all rows in {@link #leakage})
 * @param differingCells how many cells the two scalers map to different values
 * @param maxDifference the largest absolute difference between the two scaled values of a cell
 * @param largest the cell with that largest difference, empty when no cell differs
 * @param features the features whose cells differ, in column order
 */
public record ScalerComparison(
    ScalingReport first,
    ScalingReport second,
    int differingCells,
    double maxDifference,
    Optional<Difference> largest,
    List<FeatureDifference> features) {

  /**
   * One cell scaled differently by the two scalers.
   *
   * @param row the row in the compared dataset
   * @param feature the feature's column
   * @param featureName the feature's name
   * @param raw the value before scaling
   * @param firstScaled the first scaler's result
   * @param secondScaled the second scaler's result
   */
  public record Difference(
      int row,
      int feature,
      String featureName,
      double raw,
      double firstScaled,
      double secondScaled) {

    public double absolute() {
      return Math.abs(firstScaled - secondScaled);
    }
  }

  /**
   * A feature whose cells the two scalers map differently.
   *
   * @param feature the feature's column
   * @param featureName the feature's name
   * @param differingCells how many of its cells differ
   * @param maxDifference the largest absolute difference among them
   */
  public record FeatureDifference(
      int feature, String featureName, int differingCells, double maxDifference) {}

  public ScalerComparison {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(largest, "largest");
    features = List.copyOf(features);
  }

  /**
   * Scales the test set of {@code split} once with a scaler fitted on the training rows only and
   * once with one fitted on all rows, and compares the results.
   */
  public static ScalerComparison leakage(Scaler scaler, Split split) {
    return compare(
        scaler.fit(split, FitScope.TRAIN_ONLY), scaler.fit(split, FitScope.ALL_ROWS), split.test());
  }

  /**
   * Scales {@code data} with both scalers and compares them cell by cell.
   *
   * @throws IllegalArgumentException when either scaler was fitted on other features than {@code
   *     data} has
   */
  public static ScalerComparison compare(FittedScaler first, FittedScaler second, Dataset data) {
    ScalingReport firstReport = first.report(data);
    ScalingReport secondReport = second.report(data);
    int d = data.featureCount();
    int[] cellsPerFeature = new int[d];
    double[] maxPerFeature = new double[d];
    int differing = 0;
    Difference largest = null;
    for (int i = 0; i < data.rows(); i++) {
      for (int j = 0; j < d; j++) {
        double raw = data.feature(i, j);
        double a = first.scale(j, raw);
        double b = second.scale(j, raw);
        if (a != b) {
          differing++;
          cellsPerFeature[j]++;
          double diff = Math.abs(a - b);
          maxPerFeature[j] = Math.max(maxPerFeature[j], diff);
          if (largest == null || diff > largest.absolute()) {
            largest = new Difference(i, j, data.featureNames().get(j), raw, a, b);
          }
        }
      }
    }
    List<FeatureDifference> features = new ArrayList<>();
    for (int j = 0; j < d; j++) {
      if (cellsPerFeature[j] > 0) {
        features.add(
            new FeatureDifference(
                j, data.featureNames().get(j), cellsPerFeature[j], maxPerFeature[j]));
      }
    }
    return new ScalerComparison(
        firstReport,
        secondReport,
        differing,
        largest == null ? 0 : largest.absolute(),
        Optional.ofNullable(largest),
        features);
  }

  /** Cells compared: rows × features. */
  public int totalCells() {
    return first.totalCells();
  }

  /** Whether the two scalers agree on every cell. */
  public boolean identical() {
    return differingCells == 0;
  }
}
