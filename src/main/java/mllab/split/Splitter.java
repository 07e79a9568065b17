package mllab.split;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Random;
import mllab.data.Dataset;
import mllab.text.Text;

/**
 * Divides a dataset into a training set and a test set, reproducibly.
 *
 * <p>A test set estimates how the model does on new data only if the model (and everything fitted
 * before it, such as the scaler) never saw it. The split is drawn with a seeded random generator,
 * so the same seed on the same dataset always gives the same split: a student can rerun an
 * experiment and get the same numbers, or change the seed to see how much a score moves just
 * because a different test set was drawn.
 *
 * <p><b>Size rule.</b> The test set has {@code round(n × testFraction)} rows (halves round up, so
 * 1000 rows at 0.2 give 200 test and 800 train rows), but at least 1 and at most {@code n - 1}, so
 * neither part is ever empty. A dataset needs at least 2 rows to be split. {@link
 * SplitMethod#RANDOM} always meets this size exactly. {@link SplitMethod#ITERATIVE_STRATIFICATION}
 * aims for it but gives priority to the label balance: with many rows that carry no label it
 * usually lands on the size exactly; when nearly every row carries a label it can miss by a few
 * percent (on the yeast benchmark, 472 to 500 test rows for a target of 483 over ten seeds).
 *
 * <p>Rows keep their original order inside each part; any shuffling for training is the trainer's
 * business.
 */
public final class Splitter {

  /** The usual 80/20 split. */
  public static final double DEFAULT_TEST_FRACTION = 0.2;

  /** The share of the training rows a validation part takes by default. */
  public static final double DEFAULT_VALIDATION_FRACTION = 0.15;

  private final SplitMethod method;
  private final double testFraction;
  private final long seed;

  private Splitter(SplitMethod method, double testFraction, long seed) {
    this.method = Objects.requireNonNull(method, "method");
    if (method == SplitMethod.PREDEFINED) {
      throw new IllegalArgumentException(Text.get("engine.split.predefinedNotDrawn"));
    }
    this.testFraction = requireValidFraction(testFraction);
    this.seed = seed;
  }

  /** A seeded random split with {@code testFraction} of the rows in the test set. */
  public static Splitter random(double testFraction, long seed) {
    return new Splitter(SplitMethod.RANDOM, testFraction, seed);
  }

  /** A seeded iterative stratification with {@code testFraction} of the rows in the test set. */
  public static Splitter stratified(double testFraction, long seed) {
    return new Splitter(SplitMethod.ITERATIVE_STRATIFICATION, testFraction, seed);
  }

  /**
   * The splitter for a method chosen in the UI.
   *
   * @throws IllegalArgumentException for {@link SplitMethod#PREDEFINED} (use {@link
   *     Split#predefined}) or a test fraction not strictly between 0 and 1
   */
  public static Splitter of(SplitMethod method, double testFraction, long seed) {
    return new Splitter(method, testFraction, seed);
  }

  public SplitMethod method() {
    return method;
  }

  public double testFraction() {
    return testFraction;
  }

  public long seed() {
    return seed;
  }

  /**
   * The number of test rows for {@code rows} rows, by the size rule in the class comment.
   *
   * @throws IllegalArgumentException when {@code rows < 2} or the fraction is not strictly between
   *     0 and 1
   */
  public static int testSize(int rows, double testFraction) {
    requireValidFraction(testFraction);
    if (rows < 2) {
      throw new IllegalArgumentException(
          Text.get(
              rows == 1 ? "engine.split.tooFewRows.one" : "engine.split.tooFewRows.other",
              String.valueOf(rows)));
    }
    long rounded = Math.round(rows * testFraction);
    return (int) Math.max(1, Math.min(rows - 1, rounded));
  }

  private static double requireValidFraction(double testFraction) {
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException(
          Text.get("engine.split.badFraction", String.valueOf(testFraction)));
    }
    return testFraction;
  }

  /**
   * Splits {@code data} with this splitter's method, fraction and seed.
   *
   * @throws IllegalArgumentException when the dataset has fewer than 2 rows
   */
  public Split split(Dataset data) {
    int n = data.rows();
    int testRows = testSize(n, testFraction);
    boolean[] inTest =
        switch (method) {
          case RANDOM -> randomTestMask(n, testRows, new Random(seed));
          case ITERATIVE_STRATIFICATION ->
              IterativeStratification.testMask(data.labelMatrix(), testRows, new Random(seed));
          case PREDEFINED -> throw new IllegalStateException("rejected in the constructor");
        };
    int testCount = 0;
    for (boolean b : inTest) {
      testCount += b ? 1 : 0;
    }
    int[] trainIdx = new int[n - testCount];
    int[] testIdx = new int[testCount];
    int a = 0;
    int b = 0;
    for (int i = 0; i < n; i++) {
      if (inTest[i]) {
        testIdx[b++] = i;
      } else {
        trainIdx[a++] = i;
      }
    }
    String base = data.name();
    return new Split(
        data.select(trainIdx, Text.get("engine.split.trainName", base)),
        data.select(testIdx, Text.get("engine.split.testName", base)),
        trainIdx,
        testIdx,
        method,
        OptionalLong.of(seed));
  }

  /**
   * Carves a validation part out of {@code split}'s training rows: {@code fraction} of them (by the
   * size rule in the class comment), drawn at random or by iterative stratification on the training
   * rows' labels. The test part is untouched. Works on any split, predefined ones too.
   *
   * @throws IllegalArgumentException when the split already has a validation part, the method is
   *     {@link SplitMethod#PREDEFINED}, the fraction is not strictly between 0 and 1, or fewer than
   *     2 training rows are left to divide
   */
  public static Split carveValidation(Split split, SplitMethod method, double fraction, long seed) {
    if (split.hasValidation()) {
      throw new IllegalArgumentException(Text.get("engine.split.validationTwice"));
    }
    Split inner = of(method, fraction, seed).split(split.train());
    int[] outerTrain = split.trainIndices();
    int[] fit = inner.trainIndices();
    int[] held = inner.testIndices();
    int[] fitIdx = new int[fit.length];
    int[] heldIdx = new int[held.length];
    for (int i = 0; i < fit.length; i++) {
      fitIdx[i] = outerTrain[fit[i]];
    }
    for (int i = 0; i < held.length; i++) {
      heldIdx[i] = outerTrain[held[i]];
    }
    String base = split.train().name();
    return split.withValidation(
        split.train().select(fit, base),
        fitIdx,
        split.train().select(held, Text.get("engine.split.validationName", base)),
        heldIdx);
  }

  private static boolean[] randomTestMask(int n, int testRows, Random rng) {
    int[] order = new int[n];
    Arrays.setAll(order, i -> i);
    // Fisher–Yates: every permutation equally likely, so every row is equally likely to be drawn.
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    boolean[] inTest = new boolean[n];
    for (int i = 0; i < testRows; i++) {
      inTest[order[i]] = true;
    }
    return inTest;
  }

  @Override
  public String toString() {
    return method.displayName() + " split, test fraction " + testFraction + ", seed " + seed;
  }
}
