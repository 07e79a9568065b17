package mllab.prep;

import mllab.data.Dataset;
import mllab.split.Split;
import mllab.text.Text;

/**
 * Which rows a scaler learns its statistics from.
 *
 * <p>Scaling is part of the model: its minimum and maximum are parameters estimated from data, just
 * like the network's weights. So they must be estimated from the training rows only and then
 * applied unchanged to the test rows. Fitting them on all rows lets the test set shape the
 * preprocessing before the model is evaluated on it, a subtle form of <i>data leakage</i>: the test
 * score is then measured on data that the pipeline has already seen. The app offers {@link
 * #ALL_ROWS} only to show that difference.
 */
public enum FitScope {

  /** The correct choice: learn from the training rows, then apply to train and test alike. */
  TRAIN_ONLY,

  /** The leaky choice: the test rows help decide the ranges they are then scaled with. */
  ALL_ROWS;

  public String displayName() {
    return Text.get("engine.prep.fitScope." + name() + ".name");
  }

  /** A one-line definition for tooltips and quiz explanations. */
  public String definition() {
    return Text.get("engine.prep.fitScope." + name() + ".definition");
  }

  /** The feature rows of {@code split} that this scope fits on. */
  double[][] rowsToFit(Split split) {
    double[][] train = split.train().featureMatrix();
    if (this == TRAIN_ONLY) {
      return train;
    }
    Dataset test = split.test();
    double[][] all = new double[split.rows()][];
    System.arraycopy(train, 0, all, 0, train.length);
    int at = train.length;
    for (int i = 0; i < test.rows(); i++) {
      all[at++] = test.featureRow(i);
    }
    if (split.validation().isPresent()) {
      Dataset v = split.validation().get();
      for (int i = 0; i < v.rows(); i++) {
        all[at++] = v.featureRow(i);
      }
    }
    return all;
  }
}
