package mllab.prep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import mllab.data.Dataset;
import mllab.split.Split;
import mllab.split.Splitter;
import org.junit.jupiter.api.Test;

class FittedScalerTest {

  private static final List<String> FEATURES = List.of("height", "weight");

  private static Dataset data(String name, double[][] x) {
    int[][] y = new int[x.length][1];
    for (int i = 0; i < x.length; i++) {
      y[i][0] = i % 2;
    }
    return new Dataset(name, x, y, FEATURES, List.of("tall"));
  }

  /** Training heights 150..190, weights 50..90; the test set has one taller and one lighter row. */
  private static Split heightsAndWeights() {
    Dataset train = data("train", new double[][] {{150, 50}, {170, 90}, {190, 70}});
    Dataset test = data("test", new double[][] {{200, 60}, {160, 40}, {170, 70}});
    return Split.predefined(train, test);
  }

  @Test
  void scalerFittedOnTrainingRowsLearnsTheirMinimumAndMaximum() {
    // Given a split
    Split split = heightsAndWeights();

    // When min-max scaling is fitted with the default scope
    FittedScaler scaler = Scaler.MIN_MAX.fit(split);

    // Then the ranges are those of the three training rows only
    assertEquals(FitScope.TRAIN_ONLY, scaler.scope());
    assertEquals(3, scaler.fittedRows());
    assertEquals(
        List.of(new FeatureRange("height", 150, 190), new FeatureRange("weight", 50, 90)),
        scaler.ranges());
  }

  @Test
  void trainingRowsMapIntoZeroToOneAndTheirExtremesToExactlyZeroAndOne() {
    // Given a scaler fitted on the training rows
    Split split = heightsAndWeights();
    FittedScaler scaler = Scaler.MIN_MAX.fit(split);

    // When the training set is scaled
    Dataset scaled = scaler.apply(split.train());

    // Then the shortest row is 0, the tallest 1, the middle one halfway
    assertArrayEquals(new double[] {0, 0}, scaled.featureRow(0), 1e-12);
    assertArrayEquals(new double[] {0.5, 1}, scaled.featureRow(1), 1e-12);
    assertArrayEquals(new double[] {1, 0.5}, scaled.featureRow(2), 1e-12);
    assertTrue(scaler.report(split.train()).allInside());
  }

  @Test
  void testValueBeyondEveryTrainingValueScalesOutsideZeroToOneAndIsReported() {
    // Given a scaler fitted on the training rows only
    Split split = heightsAndWeights();
    FittedScaler scaler = Scaler.MIN_MAX.fit(split);

    // When it is applied to the test set
    Dataset scaled = scaler.apply(split.test());
    ScalingReport report = scaler.report(split.test());

    // Then height 200 (above the training maximum 190) becomes 1.25, not clipped to 1,
    // and weight 40 (below the training minimum 50) becomes -0.25
    assertEquals(1.25, scaled.feature(0, 0), 1e-12);
    assertEquals(-0.25, scaled.feature(1, 1), 1e-12);
    assertEquals(2, report.outsideCount());
    assertArrayEquals(new int[] {0, 1}, report.rowsOutside());
    assertEquals(List.of("height", "weight"), report.featuresOutside());
    ScalingReport.Cell highest = report.highest().orElseThrow();
    assertEquals(0, highest.row());
    assertEquals("height", highest.featureName());
    assertEquals(200, highest.raw());
    assertEquals(1.25, highest.scaled(), 1e-12);
    ScalingReport.Cell lowest = report.lowest().orElseThrow();
    assertEquals(1, lowest.row());
    assertEquals("weight", lowest.featureName());
    assertEquals(-0.25, lowest.scaled(), 1e-12);
    assertEquals(6, report.totalCells());
    assertTrue(
        report.summary().startsWith("2 of 6 cells (33.33%) fall outside 0–1"), report.summary());
  }

  @Test
  void scalerFittedOnAllRowsMapsTheTestSetIntoZeroToOne() {
    // Given the same split
    Split split = heightsAndWeights();

    // When the scaler is fitted on all rows, the leaky way
    FittedScaler leaky = Scaler.MIN_MAX.fit(split, FitScope.ALL_ROWS);

    // Then it has seen all six rows, its range includes the test extremes, and nothing is outside
    assertEquals(6, leaky.fittedRows());
    assertEquals(new FeatureRange("height", 150, 200), leaky.ranges().get(0));
    assertEquals(new FeatureRange("weight", 40, 90), leaky.ranges().get(1));
    assertTrue(leaky.report(split.test()).allInside());
  }

  @Test
  void constantFeatureScalesToZeroWithoutDividingByZero() {
    // Given a training set in which "weight" is always 70
    Dataset train = data("train", new double[][] {{150, 70}, {170, 70}, {190, 70}});
    Dataset test = data("test", new double[][] {{160, 70}, {165, 70.5}});
    FittedScaler scaler = Scaler.MIN_MAX.fit(Split.predefined(train, test));

    // When both sets are scaled
    Dataset scaledTrain = scaler.apply(train);
    Dataset scaledTest = scaler.apply(test);

    // Then the constant feature is 0 in every training row, not NaN, and is named as constant;
    // a test value off the constant keeps its distance instead of disappearing
    for (int i = 0; i < 3; i++) {
      assertEquals(0.0, scaledTrain.feature(i, 1));
    }
    assertEquals(0.0, scaledTest.feature(0, 1));
    assertEquals(0.5, scaledTest.feature(1, 1), 1e-12);
    assertEquals(List.of("weight"), scaler.constantFeatures());
    assertTrue(scaler.ranges().get(1).isConstant());
    assertFalse(scaler.ranges().get(0).isConstant());
  }

  @Test
  void constantFeatureTestValueFarFromTheConstantIsReported() {
    // Given "weight" constant at 70 in training, 75 in one test row
    Dataset train = data("train", new double[][] {{150, 70}, {190, 70}});
    Dataset test = data("test", new double[][] {{160, 75}});
    FittedScaler scaler = Scaler.MIN_MAX.fit(Split.predefined(train, test));

    // When the test set is reported
    ScalingReport report = scaler.report(test);

    // Then that cell is listed with its shifted value
    assertEquals(1, report.outsideCount());
    assertEquals(5.0, report.highest().orElseThrow().scaled(), 1e-12);
  }

  @Test
  void scalingASplitScalesBothPartsWithTheTrainingRangesAndKeepsTheRows() {
    // Given a seeded random split of 1000 Gaussian rows
    Random rng = new Random(3);
    double[][] x = new double[1000][2];
    for (double[] row : x) {
      row[0] = 100 + 15 * rng.nextGaussian();
      row[1] = -3 + 0.5 * rng.nextGaussian();
    }
    Dataset data = data("gauss", x);
    Split split = Splitter.random(0.2, 9).split(data);

    // When the split is scaled with a train-fitted scaler
    FittedScaler scaler = Scaler.MIN_MAX.fit(split);
    Split scaled = scaler.apply(split);

    // Then rows and labels keep their places, the training part spans exactly 0 to 1
    assertArrayEquals(split.testIndices(), scaled.testIndices());
    assertArrayEquals(split.test().labelMatrix(), scaled.test().labelMatrix());
    for (int j = 0; j < 2; j++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < scaled.train().rows(); i++) {
        lo = Math.min(lo, scaled.train().feature(i, j));
        hi = Math.max(hi, scaled.train().feature(i, j));
      }
      assertEquals(0.0, lo);
      assertEquals(1.0, hi);
    }
    // And the test part uses the very same mapping
    double raw = split.test().feature(0, 0);
    assertEquals(
        (raw - scaler.min(0)) / (scaler.max(0) - scaler.min(0)),
        scaled.test().feature(0, 0),
        1e-12);
  }

  @Test
  void datasetWithOtherFeaturesIsRejectedNamingBothFeatureLists() {
    // Given a scaler fitted on height and weight
    FittedScaler scaler = Scaler.MIN_MAX.fit(heightsAndWeights());
    Dataset other =
        new Dataset(
            "shoes", new double[][] {{42}}, new int[][] {{1}}, List.of("size"), List.of("tall"));

    // When / Then
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> scaler.apply(other));
    assertTrue(e.getMessage().contains("[size]"), e.getMessage());
    assertTrue(e.getMessage().contains("[height, weight]"), e.getMessage());
  }

  @Test
  void rowOfTheWrongLengthIsRejectedWithBothLengths() {
    // Given a scaler fitted on two features
    FittedScaler scaler = Scaler.MIN_MAX.fit(heightsAndWeights());

    // When / Then a three-value row is refused
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> scaler.apply(new double[] {1, 2, 3}));
    assertTrue(e.getMessage().contains("3 feature values"), e.getMessage());
    assertTrue(e.getMessage().contains("2 features"), e.getMessage());
  }

  @Test
  void applyingARowDoesNotChangeTheCallersArray() {
    // Given a scaler and a raw row
    FittedScaler scaler = Scaler.MIN_MAX.fit(heightsAndWeights());
    double[] row = {170, 70};

    // When it is scaled
    double[] scaled = scaler.apply(row);

    // Then the result is new and the input is untouched
    assertArrayEquals(new double[] {0.5, 0.5}, scaled, 1e-12);
    assertArrayEquals(new double[] {170, 70}, row);
  }
}
