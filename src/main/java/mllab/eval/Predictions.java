package mllab.eval;

import java.util.List;

/**
 * What a trained multi-label model says about a set of rows: for every row and every label an
 * independent probability that the label applies, next to the true 0/1 labels.
 *
 * <p>Probabilities are kept, not 0/1 decisions, because the decision depends on a threshold that
 * the student moves freely afterwards; re-thresholding never needs the model again.
 *
 * @param probabilities n × L values in [0, 1]
 * @param truth n × L true labels (0 or 1)
 * @param labelNames L names
 */
public record Predictions(double[][] probabilities, int[][] truth, List<String> labelNames) {

  public Predictions {
    labelNames = List.copyOf(labelNames);
    if (probabilities.length != truth.length) {
      throw new IllegalArgumentException(
          probabilities.length + " rows of probabilities but " + truth.length + " rows of truth");
    }
    for (int i = 0; i < probabilities.length; i++) {
      if (probabilities[i].length != labelNames.size() || truth[i].length != labelNames.size()) {
        throw new IllegalArgumentException(
            "row " + i + " does not have " + labelNames.size() + " labels");
      }
    }
  }

  public int rows() {
    return probabilities.length;
  }

  public int labelCount() {
    return labelNames.size();
  }
}
