package mllab.split;

import mllab.text.Text;

/**
 * How the rows of a dataset were divided into a training set and a test set.
 *
 * <p>The test set stands in for data the model has never seen, so the way it is drawn decides how
 * trustworthy the test score is. A plain random draw is unbiased on average, but with rare labels a
 * single draw can leave a label with far fewer (or no) positives in the test set than in the
 * training set. Stratification draws the test set so that each label keeps about the same positive
 * rate on both sides.
 */
public enum SplitMethod {

  /** A seeded shuffle of all rows, then the first rows of the shuffle become the test set. */
  RANDOM,

  /** Sechidis, Tsoumakas and Vlahavas (2011): each label's positive rate kept close in both. */
  ITERATIVE_STRATIFICATION,

  /** The dataset came as two files; the split is the authors' and is kept as it is. */
  PREDEFINED;

  /** A short name for menus ("Iterative stratification"). */
  public String displayName() {
    return Text.get("engine.split.method." + name() + ".name");
  }

  /** A one-line definition for tooltips and quiz explanations. */
  public String definition() {
    return Text.get("engine.split.method." + name() + ".definition");
  }
}
