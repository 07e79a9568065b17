package mllab.prep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import mllab.data.Dataset;
import mllab.split.Split;
import mllab.split.Splitter;
import org.junit.jupiter.api.Test;

class ScalerComparisonTest {

  private static Dataset data(String name, double[][] x) {
    int[][] y = new int[x.length][1];
    return new Dataset(name, x, y, List.of("a", "b"), List.of("label"));
  }

  @Test
  void leakageComparisonShowsWhichTestCellsChangeWhenTheScalerSeesTheTestSet() {
    // Given training values 0..10 for both features; the test set exceeds the range only in "a"
    Dataset train = data("train", new double[][] {{0, 0}, {10, 10}});
    Dataset test = data("test", new double[][] {{20, 5}, {5, 5}});
    Split split = Split.predefined(train, test);

    // When train-only and all-rows fitting are compared on the test set
    ScalerComparison c = ScalerComparison.leakage(Scaler.MIN_MAX, split);

    // Then both test cells of "a" differ (2 vs 1 and 0.5 vs 0.25), none of "b"
    assertEquals(2, c.differingCells());
    assertEquals(4, c.totalCells());
    assertEquals(1.0, c.maxDifference(), 1e-12);
    ScalerComparison.Difference largest = c.largest().orElseThrow();
    assertEquals(0, largest.row());
    assertEquals("a", largest.featureName());
    assertEquals(2.0, largest.firstScaled(), 1e-12);
    assertEquals(1.0, largest.secondScaled(), 1e-12);
    assertEquals(List.of(new ScalerComparison.FeatureDifference(0, "a", 2, 1.0)), c.features());
    // And the train-only scaler reports the cell outside 0–1 that the leaky one hides
    assertEquals(1, c.first().outsideCount());
    assertTrue(c.second().allInside());
  }

  @Test
  void scalersAgreeExactlyWhenTheTestSetStaysInsideTheTrainingRange() {
    // Given a test set entirely inside the training range
    Dataset train = data("train", new double[][] {{0, 0}, {10, 10}});
    Dataset test = data("test", new double[][] {{3, 7}, {9, 1}});

    // When the two fitting scopes are compared
    ScalerComparison c = ScalerComparison.leakage(Scaler.MIN_MAX, Split.predefined(train, test));

    // Then leakage changes nothing here
    assertTrue(c.identical());
    assertEquals(0.0, c.maxDifference());
    assertTrue(c.largest().isEmpty());
    assertTrue(c.features().isEmpty());
  }

  @Test
  void onARandomSplitOfSkewedDataOnlyTheTrainFittedScalerLeavesTestCellsOutside() {
    // Given 1000 rows of a heavy-tailed feature and a seeded 80/20 split
    Random rng = new Random(17);
    double[][] x = new double[1000][2];
    for (double[] row : x) {
      row[0] = Math.exp(2 * rng.nextGaussian());
      row[1] = rng.nextDouble();
    }
    Split split = Splitter.random(0.2, 17).split(data("skewed", x));

    // When train-only and all-rows scalers are compared on the test set
    ScalerComparison c = ScalerComparison.leakage(Scaler.MIN_MAX, split);

    // Then the two disagree, and only the train-only scaler shows test cells outside 0–1
    assertTrue(c.differingCells() > 0);
    assertTrue(c.first().outsideCount() > 0, c.first().summary());
    assertTrue(c.second().allInside(), c.second().summary());
  }
}
