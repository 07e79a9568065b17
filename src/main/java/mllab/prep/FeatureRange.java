package mllab.prep;

/**
 * The range of one feature as a min-max scaler learned it: the smallest and largest value among the
 * rows it was fitted on.
 *
 * @param feature the feature's name
 * @param min the value that scales to 0
 * @param max the value that scales to 1
 */
public record FeatureRange(String feature, double min, double max) {

  /** {@code max - min}: how many raw units one unit of the scaled feature stands for. */
  public double width() {
    return max - min;
  }

  /**
   * Whether every fitted row had the same value. Such a feature carries no information for the
   * model; it scales to 0 instead of dividing by a zero width.
   */
  public boolean isConstant() {
    return max == min;
  }
}
