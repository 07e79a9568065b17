package mllab.split;

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
  RANDOM("Random", "a seeded shuffle: every row is equally likely to land in the test set"),

  /** Sechidis, Tsoumakas and Vlahavas (2011): each label's positive rate kept close in both. */
  ITERATIVE_STRATIFICATION(
      "Iterative stratification",
      "rows are placed label by label, rarest label first, so every label keeps about the same"
          + " positive rate in train and test"),

  /** The dataset came as two files; the split is the authors' and is kept as it is. */
  PREDEFINED("Predefined", "the dataset came as a training file and a test file; kept as given");

  private final String displayName;
  private final String definition;

  SplitMethod(String displayName, String definition) {
    this.displayName = displayName;
    this.definition = definition;
  }

  /** A short name for menus ("Iterative stratification"). */
  public String displayName() {
    return displayName;
  }

  /** A one-line definition for tooltips and quiz explanations. */
  public String definition() {
    return definition;
  }
}
