package mllab.prep;

import java.util.Objects;
import mllab.split.Split;
import mllab.text.Text;

/**
 * A choice of feature scaling, before it has seen any data.
 *
 * <p>Features measured in different units (a loudness in decibels next to a rhythm strength between
 * 0 and 1) would pull a neural network's first layer unequally: a large-valued feature dominates
 * the weighted sums and the gradients, and training slows down or stalls. Scaling brings every
 * feature to a comparable range first.
 *
 * <p>A scaler has two phases. {@link #fit} learns per-feature statistics from some rows and returns
 * a {@link FittedScaler}; that fitted scaler is then applied, unchanged, to any rows. Which rows it
 * is fitted on matters: see {@link FitScope}.
 */
public enum Scaler {

  /**
   * Min-max scaling: {@code x' = (x - min) / (max - min)} with the minimum and maximum of each
   * feature over the fitted rows, so the fitted rows span exactly 0 to 1.
   */
  MIN_MAX;

  public String displayName() {
    return Text.get("engine.prep.scaler." + name() + ".name");
  }

  /** A one-line definition for tooltips and quiz explanations. */
  public String definition() {
    return Text.get("engine.prep.scaler." + name() + ".definition");
  }

  /** Fits on the training rows of {@code split}: the correct, leak-free default. */
  public FittedScaler fit(Split split) {
    return fit(split, FitScope.TRAIN_ONLY);
  }

  /**
   * Learns each feature's statistics from the rows of {@code split} chosen by {@code scope}.
   *
   * @throws IllegalArgumentException when the chosen rows are empty
   */
  public FittedScaler fit(Split split, FitScope scope) {
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(scope, "scope");
    double[][] rows = scope.rowsToFit(split);
    if (rows.length == 0) {
      throw new IllegalArgumentException(
          Text.get("engine.prep.noRows", scope.displayName(), String.valueOf(split)));
    }
    int d = split.train().featureCount();
    double[] min = new double[d];
    double[] max = new double[d];
    for (int j = 0; j < d; j++) {
      min[j] = Double.POSITIVE_INFINITY;
      max[j] = Double.NEGATIVE_INFINITY;
    }
    for (double[] row : rows) {
      for (int j = 0; j < d; j++) {
        min[j] = Math.min(min[j], row[j]);
        max[j] = Math.max(max[j], row[j]);
      }
    }
    return new FittedScaler(this, scope, rows.length, split.train().featureNames(), min, max);
  }
}
