package mllab.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import mllab.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SplitterTest {

  private static final double TOLERANCE = 0.02;

  @Test
  void defaultFractionOnThousandRowsGivesEightHundredTrainAndTwoHundredTest() {
    // Given 1000 rows
    Dataset data = RareLabelData.generate(1000, 1);

    // When they are split at the default fraction, randomly and stratified
    Split random = Splitter.random(Splitter.DEFAULT_TEST_FRACTION, 7).split(data);
    Split stratified = Splitter.stratified(Splitter.DEFAULT_TEST_FRACTION, 7).split(data);

    // Then both give 800 training and 200 test rows
    assertEquals(800, random.train().rows());
    assertEquals(200, random.test().rows());
    assertEquals(800, stratified.train().rows());
    assertEquals(200, stratified.test().rows());
  }

  @Test
  void testSizeRoundsHalfUpAndNeverLeavesAPartEmpty() {
    // Given / When / Then: round(n × fraction), clamped to 1 .. n-1
    assertEquals(200, Splitter.testSize(1000, 0.2));
    assertEquals(3, Splitter.testSize(10, 0.25));
    assertEquals(1, Splitter.testSize(3, 0.1));
    assertEquals(2, Splitter.testSize(3, 0.9));
    assertEquals(1, Splitter.testSize(2, 0.5));
  }

  @ParameterizedTest
  @EnumSource(
      value = SplitMethod.class,
      names = {"RANDOM", "ITERATIVE_STRATIFICATION"})
  void splitIsAPartitionThatKeepsEveryRowWithItsOwnValues(SplitMethod method) {
    // Given a dataset
    Dataset data = RareLabelData.generate(500, 3);

    // When it is split
    Split split = Splitter.of(method, 0.3, 11).split(data);

    // Then every original row is in exactly one part, unchanged
    int[] all =
        IntStream.concat(Arrays.stream(split.trainIndices()), Arrays.stream(split.testIndices()))
            .sorted()
            .toArray();
    assertArrayEquals(IntStream.range(0, 500).toArray(), all);
    int[] testIdx = split.testIndices();
    for (int i = 0; i < testIdx.length; i++) {
      assertArrayEquals(data.featureRow(testIdx[i]), split.test().featureRow(i));
      assertArrayEquals(data.labelRow(testIdx[i]), split.test().labelRow(i));
    }
    int[] trainIdx = split.trainIndices();
    for (int i = 0; i < trainIdx.length; i++) {
      assertArrayEquals(data.labelRow(trainIdx[i]), split.train().labelRow(i));
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = SplitMethod.class,
      names = {"RANDOM", "ITERATIVE_STRATIFICATION"})
  void sameSeedGivesTheSameSplitAndOtherSeedsGiveOtherSplits(SplitMethod method) {
    // Given a dataset
    Dataset data = RareLabelData.generate(300, 5);

    // When it is split twice with seed 42 and once with seed 43
    Split first = Splitter.of(method, 0.2, 42).split(data);
    Split again = Splitter.of(method, 0.2, 42).split(data);
    Split other = Splitter.of(method, 0.2, 43).split(data);

    // Then the two seed-42 splits are identical and the seed-43 one is not
    assertEquals(first, again);
    assertArrayEquals(first.testIndices(), again.testIndices());
    assertFalse(Arrays.equals(first.testIndices(), other.testIndices()));
    assertEquals(OptionalLong.of(42), first.seed());
    assertEquals(method, first.method());
  }

  @Test
  void stratifiedSplitKeepsEveryLabelsPositiveRateWithinTwoPointsWhereRandomDoesNot() {
    // Given datasets with rare, correlated labels
    double worstStratified = 0;
    double worstRandom = 0;
    for (long dataSeed = 1; dataSeed <= 3; dataSeed++) {
      Dataset data = RareLabelData.generate(1000, dataSeed);
      for (long seed : LongStream.range(0, 10).toArray()) {
        // When each is split by iterative stratification and randomly with the same seed
        Split stratified = Splitter.stratified(0.2, seed).split(data);
        Split random = Splitter.random(0.2, seed).split(data);

        // Then every label's train and test rates stay within 0.02 under stratification
        assertTrue(
            stratified.maxPositiveRateGap() <= TOLERANCE,
            "stratified gap "
                + stratified.maxPositiveRateGap()
                + " for data seed "
                + dataSeed
                + ", split seed "
                + seed
                + ": train "
                + Arrays.toString(stratified.trainPositiveRates())
                + " test "
                + Arrays.toString(stratified.testPositiveRates()));
        worstStratified = Math.max(worstStratified, stratified.maxPositiveRateGap());
        worstRandom = Math.max(worstRandom, random.maxPositiveRateGap());
      }
    }
    // And the random split misses that tolerance for at least one seed
    assertTrue(worstRandom > TOLERANCE, "worst random gap " + worstRandom);
    assertTrue(worstStratified < worstRandom);
  }

  @Test
  void stratifiedSplitPutsOneOfFiveRarePositivesInTheTestSetForEverySeed() {
    // Given 100 rows where one label has exactly 5 positives
    int[][] y = new int[100][2];
    double[][] x = new double[100][1];
    for (int i = 0; i < 100; i++) {
      x[i][0] = i;
      y[i][0] = i % 2;
      y[i][1] = i < 5 ? 1 : 0;
    }
    Dataset data = new Dataset("five-rare", x, y, List.of("x"), List.of("half", "rare"));

    for (long seed = 0; seed < 20; seed++) {
      // When it is stratified at 20% test
      Split split = Splitter.stratified(0.2, seed).split(data);

      // Then the test set gets exactly 1 of the 5 rare positives and the train set the other 4
      assertEquals(1, split.testPositiveRates()[1] * split.test().rows(), 1e-9);
      assertEquals(List.of(), split.labelsWithoutTestPositives());
    }
  }

  @Test
  void labelsWithNoPositivesInTheTestSetAreListed() {
    // Given 20 rows: label "never" has no positive at all, label "once" exactly one
    double[][] x = new double[20][1];
    int[][] y = new int[20][3];
    for (int i = 0; i < 20; i++) {
      x[i][0] = i;
      y[i][0] = 1;
      y[i][2] = i == 0 ? 1 : 0;
    }
    Dataset data = new Dataset("sparse", x, y, List.of("x"), List.of("always", "never", "once"));

    // When it is split randomly with several seeds
    for (long seed = 0; seed < 10; seed++) {
      Split split = Splitter.random(0.2, seed).split(data);
      boolean onceInTest = Arrays.stream(split.testIndices()).anyMatch(r -> r == 0);

      // Then "never" is always listed, "once" exactly when its one row went to train
      List<String> expected = onceInTest ? List.of("never") : List.of("never", "once");
      assertEquals(expected, split.labelsWithoutTestPositives(), "seed " + seed);
      List<String> expectedTrain = onceInTest ? List.of("never", "once") : List.of("never");
      assertEquals(expectedTrain, split.labelsWithoutTrainPositives(), "seed " + seed);
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1.0, -0.2, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
  void testFractionOutsideTheOpenUnitIntervalIsRejectedWithTheValueInTheMessage(double fraction) {
    // Given / When a splitter is asked for an impossible fraction
    IllegalArgumentException random =
        assertThrows(IllegalArgumentException.class, () -> Splitter.random(fraction, 1));
    IllegalArgumentException stratified =
        assertThrows(IllegalArgumentException.class, () -> Splitter.stratified(fraction, 1));

    // Then the message names the value and the valid range
    for (IllegalArgumentException e : List.of(random, stratified)) {
      assertTrue(e.getMessage().contains("test fraction " + fraction), e.getMessage());
      assertTrue(e.getMessage().contains("strictly between 0 and 1"), e.getMessage());
    }
  }

  @Test
  void aSingleRowCannotBeSplitAndTheMessageSaysWhy() {
    // Given a one-row dataset
    Dataset one =
        new Dataset("one", new double[][] {{1}}, new int[][] {{1}}, List.of("x"), List.of("a"));

    // When / Then
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Splitter.random(0.2, 1).split(one));
    assertTrue(e.getMessage().contains("at least 2 rows"), e.getMessage());
  }

  @Test
  void predefinedIsNotAMethodASplitterCanDraw() {
    // Given / When / Then
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Splitter.of(SplitMethod.PREDEFINED, 0.2, 1));
    assertTrue(e.getMessage().contains("Split.predefined"), e.getMessage());
  }

  @Test
  void stratificationNeverLeavesTheTestSetEmptyEvenWhenEveryLabelIsASingleton() {
    // Given ten rows that each carry their own label, so no label can be shared at 10%
    double[][] x = new double[10][1];
    int[][] y = new int[10][10];
    String[] names = new String[10];
    for (int i = 0; i < 10; i++) {
      x[i][0] = i;
      y[i][i] = 1;
      names[i] = "label" + i;
    }
    Dataset data = new Dataset("singletons", x, y, List.of("x"), List.of(names));

    // When it is stratified
    Split split = Splitter.stratified(0.1, 3).split(data);

    // Then the test set still gets a row
    assertEquals(1, split.test().rows());
    assertEquals(9, split.train().rows());
  }
}
