package mllab.lesson;

import static mllab.lesson.PythonNotebook.LIST_LIMIT;
import static mllab.lesson.PythonNotebook.limit;
import static mllab.lesson.PythonNotebook.limitComment;
import static mllab.lesson.PythonNotebook.shape;

import mllab.pipeline.Step;
import mllab.split.Split;
import mllab.split.SplitMethod;

/**
 * The Split step's cell of a {@link PythonNotebook}: the scaled rows cut into the parts the app
 * drew, with a comment saying how the app drew them, and what the parts look like.
 */
final class SplitCell {

  private final int labels;
  private final Split split;
  private final SplitMethod splitMethod;
  private final double testFraction;
  private final long splitSeed;
  private final double validationFraction;
  private final SplitMethod validationMethod;

  /** The split of a dataset with {@code labels} labels and the choices that drew it. */
  SplitCell(
      int labels,
      Split split,
      SplitMethod splitMethod,
      double testFraction,
      long splitSeed,
      double validationFraction,
      SplitMethod validationMethod) {
    this.labels = labels;
    this.split = split;
    this.splitMethod = splitMethod;
    this.testFraction = testFraction;
    this.splitSeed = splitSeed;
    this.validationFraction = validationFraction;
    this.validationMethod = validationMethod;
  }

  /** The cell: the three parts' shapes and each label's positive rate in every part. */
  PythonCell cell() {
    int l = labels;
    boolean validation = split.hasValidation();
    String code =
        splitComment()
            + "X_train, Y_train = X_s[train_rows], Y[train_rows]  # scaled, as the network sees them\n"
            + (validation ? "X_val, Y_val = X_s[val_rows], Y[val_rows]\n" : "")
            + "X_test, Y_test = X_s[test_rows], Y[test_rows]\n"
            + "print(X_train.shape"
            + (validation ? ", X_val.shape" : "")
            + ", X_test.shape)\n"
            + "print(np.round(Y_train.mean(axis=0), 3)"
            + limit(l)
            + ".tolist())  # positive rate per label"
            + limitComment(l)
            + "\n"
            + (validation
                ? "print(np.round(Y_val.mean(axis=0), 3)" + limit(l) + ".tolist())\n"
                : "")
            + "print(np.round(Y_test.mean(axis=0), 3)"
            + limit(l)
            + ".tolist())";
    int n = Math.min(l, LIST_LIMIT);
    String printed =
        shape(split.train().rows(), split.train().featureCount())
            + " "
            + split.validation().map(v -> shape(v.rows(), v.featureCount()) + " ").orElse("")
            + shape(split.test().rows(), split.test().featureCount())
            + "\n"
            + PyFormat.npRoundList(java.util.Arrays.copyOf(split.trainPositiveRates(), n), 3)
            + "\n"
            + split
                .validationPositiveRates()
                .map(r -> PyFormat.npRoundList(java.util.Arrays.copyOf(r, n), 3) + "\n")
                .orElse("")
            + PyFormat.npRoundList(java.util.Arrays.copyOf(split.testPositiveRates(), n), 3);
    return PythonCell.printing(Step.SPLIT, code, printed);
  }

  private String splitComment() {
    if (!split.hasValidation()) {
      return testSplitComment();
    }
    int pct = (int) Math.round(validationFraction * 100);
    return testSplitComment()
        + "# Then "
        + pct
        + " % of the training rows are held out for validation ("
        + (validationMethod == SplitMethod.ITERATIVE_STRATIFICATION
            ? "iterative stratification"
            : "random")
        + ", seed "
        + splitSeed
        + "): step 4\n# watches their loss, step 5 tunes thresholds on them.\n";
  }

  private String testSplitComment() {
    int pct = (int) Math.round(testFraction * 100);
    if (splitMethod == SplitMethod.PREDEFINED) {
      return "# The dataset came as two files: the training file's rows, then the test file's\n";
    }
    if (splitMethod == SplitMethod.ITERATIVE_STRATIFICATION) {
      return "# The app's split: iterative stratification, "
          + pct
          + " % test rows, seed "
          + splitSeed
          + ". scikit-multilearn's\n"
          + "# iterative_train_test_split follows the same idea with other random choices.\n";
    }
    return "# The app's split: random, "
        + pct
        + " % test rows, seed "
        + splitSeed
        + ". train_test_split(X, Y,\n"
        + "# test_size="
        + PyFormat.repr(testFraction)
        + ", random_state="
        + splitSeed
        + ") would pick other rows: the seed feeds another random generator.\n";
  }
}
