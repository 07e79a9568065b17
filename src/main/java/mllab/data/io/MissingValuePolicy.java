package mllab.data.io;

/**
 * What to do with cells that hold no value ({@code ?} in ARFF; an empty cell, {@code ?} or {@code
 * NA} in CSV).
 *
 * <p>There is no safe default guess: dropping rows shrinks (and may bias) the data, imputing
 * invents values. So the default refuses and the user chooses, knowing how many values are missing.
 */
public enum MissingValuePolicy {
  /** Stop with an error that names the first missing value and the count. */
  REFUSE,
  /** Leave out every row with a missing value, and say how many were dropped. */
  DROP_ROWS,
  /**
   * Replace a missing feature with the mean of that column's present values in the training file
   * (so the test file never influences the training data). Missing labels cannot be imputed.
   */
  IMPUTE_MEAN
}
