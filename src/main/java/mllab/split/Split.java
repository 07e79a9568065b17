package mllab.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import mllab.data.Dataset;
import mllab.text.Text;

/**
 * A dataset divided into a training set, which the model learns from, and a test set, which is kept
 * aside to estimate how the model does on rows it has never seen.
 *
 * <p>The split is a partition: every row of the original dataset is in exactly one of the two
 * parts. {@link #trainIndices()} and {@link #testIndices()} say which original row each part's row
 * came from (in ascending order, so row {@code i} of {@link #test()} is original row {@code
 * testIndices()[i]}). For a {@linkplain #predefined predefined} split the "original dataset" is the
 * training file followed by the test file.
 *
 * <p>Because a multi-label model learns each label from its positives, the split also reports the
 * per-label positive rate on both sides. A label whose rate differs a lot between train and test,
 * or that has no positive at all in the test set, makes that label's test score unreliable: with no
 * positives its recall is undefined (reported as 0) whatever the model does.
 *
 * <p>A split may also hold a <b>validation part</b>, carved out of the training rows ({@link
 * Splitter#carveValidation}). The model is not fitted on it either; it is the honest place to
 * choose things (the epoch to stop at, the thresholds), so that the test rows stay untouched until
 * the final measurement. The partition then has three parts, and {@link #train()} holds only the
 * rows the model and the scaler are fitted on.
 *
 * <p>Instances are immutable; the index arrays are copied in and out.
 *
 * @param train the rows the model (and the scaler) are fitted on
 * @param test the held-out rows
 * @param trainIndices for each training row, its index in the original dataset (ascending)
 * @param testIndices for each test row, its index in the original dataset (ascending)
 * @param method how the rows were divided
 * @param seed the random seed used, empty for a predefined split
 * @param validation the validation part, if one was carved out of the training rows
 * @param validationIndices for each validation row, its index in the original dataset (ascending;
 *     empty without a validation part)
 */
public record Split(
    Dataset train,
    Dataset test,
    int[] trainIndices,
    int[] testIndices,
    SplitMethod method,
    OptionalLong seed,
    Optional<Dataset> validation,
    int[] validationIndices) {

  /** A split in two parts, without validation rows. */
  public Split(
      Dataset train,
      Dataset test,
      int[] trainIndices,
      int[] testIndices,
      SplitMethod method,
      OptionalLong seed) {
    this(train, test, trainIndices, testIndices, method, seed, Optional.empty(), new int[0]);
  }

  /**
   * @throws IllegalArgumentException when the index arrays do not match the row counts, are not a
   *     partition of {@code 0 .. train.rows() + test.rows() - 1}, or the seed does not fit the
   *     method (a seed for a predefined split, none for a random or stratified one)
   */
  public Split {
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(validation, "validation");
    trainIndices = trainIndices.clone();
    testIndices = testIndices.clone();
    validationIndices = validationIndices.clone();
    requireSameColumns(train, test);
    validation.ifPresent(v -> requireSameColumns(train, v));
    int validationRows = validation.map(Dataset::rows).orElse(0);
    if (trainIndices.length != train.rows()
        || testIndices.length != test.rows()
        || validationIndices.length != validationRows) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.split.indexCount",
              String.valueOf(trainIndices.length),
              String.valueOf(testIndices.length),
              String.valueOf(train.rows()),
              String.valueOf(test.rows()),
              String.valueOf(validationIndices.length),
              String.valueOf(validationRows)));
    }
    requirePartition(trainIndices, testIndices, validationIndices);
    if ((method == SplitMethod.PREDEFINED) == seed.isPresent()) {
      throw new IllegalArgumentException(
          method == SplitMethod.PREDEFINED
              ? Text.get("engine.split.predefinedSeed", String.valueOf(seed.getAsLong()))
              : Text.get("engine.split.missingSeed", String.valueOf(method)));
    }
  }

  /**
   * Keeps a split that came with the data (for example {@code emotions-train.arff} and {@code
   * emotions-test.arff}). The original dataset is taken to be the training file followed by the
   * test file, so the train indices are {@code 0 .. train.rows() - 1} and the test indices follow.
   *
   * @throws IllegalArgumentException when either file is empty or the two files do not have the
   *     same feature and label columns in the same order
   */
  public static Split predefined(Dataset train, Dataset test) {
    if (train.rows() == 0 || test.rows() == 0) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.split.emptyFile",
              train.name(),
              String.valueOf(train.rows()),
              test.name(),
              String.valueOf(test.rows())));
    }
    int[] trainIdx = IntStream.range(0, train.rows()).toArray();
    int[] testIdx = IntStream.range(train.rows(), train.rows() + test.rows()).toArray();
    return new Split(train, test, trainIdx, testIdx, SplitMethod.PREDEFINED, OptionalLong.empty());
  }

  private static void requireSameColumns(Dataset train, Dataset test) {
    if (!train.featureNames().equals(test.featureNames())) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.split.otherFeatures",
              test.name(),
              describe(test.featureNames()),
              train.name(),
              describe(train.featureNames())));
    }
    if (!train.labelNames().equals(test.labelNames())) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.split.otherLabels",
              test.name(),
              String.valueOf(test.labelNames()),
              train.name(),
              String.valueOf(train.labelNames())));
    }
  }

  private static String describe(List<String> names) {
    if (names.size() <= 6) {
      return names.toString();
    }
    return Text.get(
        "engine.split.columnsStarting",
        String.valueOf(names.size()),
        String.valueOf(names.subList(0, 3)));
  }

  private static void requirePartition(int[] trainIdx, int[] testIdx, int[] validationIdx) {
    int total = trainIdx.length + testIdx.length + validationIdx.length;
    boolean[] seen = new boolean[total];
    for (int[] part : new int[][] {trainIdx, testIdx, validationIdx}) {
      for (int i = 0; i < part.length; i++) {
        int r = part[i];
        if (r < 0 || r >= total) {
          throw new IllegalArgumentException(
              Text.get(
                  "engine.split.indexRange",
                  String.valueOf(r),
                  String.valueOf(total - 1),
                  String.valueOf(total)));
        }
        if (seen[r]) {
          throw new IllegalArgumentException(Text.get("engine.split.rowTwice", String.valueOf(r)));
        }
        if (i > 0 && part[i - 1] >= r) {
          throw new IllegalArgumentException(
              Text.get(
                  "engine.split.notAscending", String.valueOf(part[i - 1]), String.valueOf(r)));
        }
        seen[r] = true;
      }
    }
  }

  @Override
  public int[] trainIndices() {
    return trainIndices.clone();
  }

  @Override
  public int[] testIndices() {
    return testIndices.clone();
  }

  @Override
  public int[] validationIndices() {
    return validationIndices.clone();
  }

  /** Whether a validation part was carved out of the training rows. */
  public boolean hasValidation() {
    return validation.isPresent();
  }

  /** Rows in all parts together. */
  public int rows() {
    return train.rows() + test.rows() + validationRows();
  }

  /** Rows in the validation part (0 without one). */
  public int validationRows() {
    return validation.map(Dataset::rows).orElse(0);
  }

  /**
   * This split with {@code validation} (rows of the original dataset at {@code validationIndices})
   * taken out of the training part: the training part becomes {@code train}, at {@code
   * trainIndices}.
   *
   * @throws IllegalArgumentException when the three parts are not a partition of the rows
   */
  public Split withValidation(
      Dataset newTrain, int[] newTrainIndices, Dataset newValidation, int[] newValidationIndices) {
    return new Split(
        newTrain,
        test,
        newTrainIndices,
        testIndices,
        method,
        seed,
        Optional.of(newValidation),
        newValidationIndices);
  }

  /** For each label, the fraction of validation rows that carry it (empty without validation). */
  public Optional<double[]> validationPositiveRates() {
    return validation.map(Split::positiveRates);
  }

  /** The share of rows that ended up in the test set (the realised, not the requested, share). */
  public double testFraction() {
    return test.rows() / (double) rows();
  }

  public List<String> labelNames() {
    return train.labelNames();
  }

  /** For each label, the fraction of training rows that carry it. */
  public double[] trainPositiveRates() {
    return positiveRates(train);
  }

  /** For each label, the fraction of test rows that carry it. */
  public double[] testPositiveRates() {
    return positiveRates(test);
  }

  /**
   * The largest difference, over all labels, between a label's positive rate in train and in test:
   * a one-number summary of how well the split preserved the label distribution.
   */
  public double maxPositiveRateGap() {
    double[] a = trainPositiveRates();
    double[] b = testPositiveRates();
    double gap = 0;
    for (int k = 0; k < a.length; k++) {
      gap = Math.max(gap, Math.abs(a[k] - b[k]));
    }
    return gap;
  }

  /**
   * Labels with no positive row in the test set, in label order. Their recall and F1 on this test
   * set say nothing about the model, which is why the UI warns about them.
   */
  public List<String> labelsWithoutTestPositives() {
    return labelsWithoutPositives(test);
  }

  /** Labels with no positive row in the training set: the model never sees an example of them. */
  public List<String> labelsWithoutTrainPositives() {
    return labelsWithoutPositives(train);
  }

  /** Each label's share of {@code data}'s rows, from the counts the dataset keeps: O(labels). */
  private static double[] positiveRates(Dataset data) {
    double[] rates = new double[data.labelCount()];
    if (data.rows() == 0) {
      return rates;
    }
    for (int k = 0; k < rates.length; k++) {
      rates[k] = data.positives(k) / (double) data.rows();
    }
    return rates;
  }

  private static List<String> labelsWithoutPositives(Dataset data) {
    double[] rates = positiveRates(data);
    List<String> missing = new ArrayList<>();
    for (int k = 0; k < rates.length; k++) {
      if (rates[k] == 0) {
        missing.add(data.labelNames().get(k));
      }
    }
    return List.copyOf(missing);
  }

  /**
   * A split with the same rows, indices, method and seed but new feature values, for example the
   * scaled versions of both parts. Labels and row counts must be unchanged.
   */
  public Split withData(Dataset newTrain, Dataset newTest) {
    return withData(newTrain, validation, newTest);
  }

  /**
   * As {@link #withData(Dataset, Dataset)}, with the validation part replaced as well (it must be
   * present exactly when this split has one).
   */
  public Split withData(Dataset newTrain, Optional<Dataset> newValidation, Dataset newTest) {
    boolean sameValidation =
        newValidation.isPresent() == validation.isPresent()
            && (validation.isEmpty()
                || Arrays.deepEquals(
                    newValidation.get().labelMatrix(), validation.get().labelMatrix()));
    if (!sameValidation
        || !Arrays.deepEquals(newTrain.labelMatrix(), train.labelMatrix())
        || !Arrays.deepEquals(newTest.labelMatrix(), test.labelMatrix())) {
      throw new IllegalArgumentException(
          Text.get("engine.split.otherRows", newTrain.name(), newTest.name()));
    }
    return new Split(
        newTrain,
        newTest,
        trainIndices,
        testIndices,
        method,
        seed,
        newValidation,
        validationIndices);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Split s
        && train.equals(s.train)
        && test.equals(s.test)
        && Arrays.equals(trainIndices, s.trainIndices)
        && Arrays.equals(testIndices, s.testIndices)
        && method == s.method
        && seed.equals(s.seed)
        && validation.equals(s.validation)
        && Arrays.equals(validationIndices, s.validationIndices);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        train,
        test,
        Arrays.hashCode(trainIndices),
        Arrays.hashCode(testIndices),
        method,
        seed,
        validation,
        Arrays.hashCode(validationIndices));
  }

  @Override
  public String toString() {
    String seedText = seed.isPresent() ? " (seed " + seed.getAsLong() + ")" : "";
    String validationText = validation.map(v -> v.rows() + " validation / ").orElse("");
    return method.displayName()
        + " split"
        + seedText
        + ": "
        + train.rows()
        + " train / "
        + validationText
        + test.rows()
        + " test rows";
  }
}
