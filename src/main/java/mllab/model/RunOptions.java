package mllab.model;

import mllab.text.Text;

/**
 * Two training choices that need more than the hyper-parameters: the data decides them.
 *
 * <p><b>Early stopping.</b> A network trained too long memorises its training rows: the training
 * loss keeps falling while the loss on rows it never trained on turns back up. Early stopping
 * watches the <em>validation</em> loss after each epoch, stops when it has not improved for {@code
 * patience} epochs, and keeps the weights of the best epoch (Keras's {@code EarlyStopping(
 * patience=N, restore_best_weights=True)}). It never watches the test loss: an epoch chosen by the
 * test rows makes the test score optimistic. So it needs a validation part.
 *
 * <p><b>Positive weights.</b> A label on 2 % of the rows contributes 49 negative terms to the
 * binary cross-entropy for every positive one, so the cheapest way to lower the loss is to predict
 * it almost never: its recall, and with it macro-F1, collapse. Weighting each label's positive term
 * by {@code pos_weight = negatives / positives} (counted on the training rows, capped at {@link
 * #MAX_POSITIVE_WEIGHT}) makes both kinds of mistake cost the same in total, as PyTorch's {@code
 * BCEWithLogitsLoss(pos_weight=...)} does. Probabilities then run higher, recall rises and
 * precision falls.
 *
 * @param earlyStoppingPatience epochs without a better validation loss before stopping; 0 is off
 * @param positiveWeighting whether the loss weights each label's positives by its pos_weight
 */
public record RunOptions(int earlyStoppingPatience, boolean positiveWeighting) {

  /** No early stopping, no weighting: training as the lesson does it. */
  public static final RunOptions NONE = new RunOptions(0, false);

  /** The largest pos_weight: a label with 1 positive in 10,000 rows gets 100, not 9,999. */
  public static final double MAX_POSITIVE_WEIGHT = 100;

  public RunOptions {
    if (earlyStoppingPatience < 0) {
      throw new IllegalArgumentException(
          Text.get("engine.model.badPatience", String.valueOf(earlyStoppingPatience)));
    }
  }

  public boolean earlyStopping() {
    return earlyStoppingPatience > 0;
  }

  public RunOptions withEarlyStopping(int patience) {
    return new RunOptions(patience, positiveWeighting);
  }

  public RunOptions withPositiveWeighting(boolean on) {
    return new RunOptions(earlyStoppingPatience, on);
  }

  /**
   * Each label's pos_weight on the rows {@code labels}: negatives / positives, capped at {@link
   * #MAX_POSITIVE_WEIGHT}; 1 for a label with no positive row (there is nothing to weight).
   */
  public static double[] positiveWeights(int[][] labels) {
    int l = labels.length == 0 ? 0 : labels[0].length;
    double[] w = new double[l];
    for (int k = 0; k < l; k++) {
      int positives = 0;
      for (int[] row : labels) {
        positives += row[k];
      }
      int negatives = labels.length - positives;
      w[k] = positives == 0 ? 1 : Math.min(MAX_POSITIVE_WEIGHT, negatives / (double) positives);
    }
    return w;
  }
}
