package mllab.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecisionsTest {

  @Test
  void vectorAndPlainDecisionsGiveTheSameReport() {
    // Given 13 labels (a vector and a tail on every row), per-label thresholds, and cells exactly
    // on their threshold (predicted: the rule is p >= t)
    int n = 500;
    int l = 13;
    Random random = new Random(7);
    double[][] p = new double[n][l];
    int[][] y = new int[n][l];
    double[] t = new double[l];
    for (int k = 0; k < l; k++) {
      t[k] = 0.1 + 0.8 * random.nextDouble();
    }
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < l; k++) {
        y[i][k] = random.nextDouble() < 0.3 ? 1 : 0;
        double u = random.nextDouble();
        p[i][k] = u < 0.05 ? t[k] : random.nextDouble();
      }
    }
    List<String> names = new ArrayList<>();
    for (int k = 0; k < l; k++) {
      names.add("label" + k);
    }
    Predictions predictions = new Predictions(p, y, names);
    Thresholds thresholds = Thresholds.perLabel(t);

    // When the report is computed with each implementation
    long from = Decisions.useSimdFrom(0);
    MetricReport fast;
    MetricReport plain;
    try {
      assertTrue(
          Decisions.vectorsFor(n, l), "the build runs tests with the jdk.incubator.vector module");
      fast = MetricReport.of(predictions, thresholds);
      Decisions.useSimdFrom(Long.MAX_VALUE);
      plain = MetricReport.of(predictions, thresholds);
    } finally {
      Decisions.useSimdFrom(from);
    }

    // Then every count and every metric is the same, and equals a cell-by-cell count
    int[] expectedPredicted = new int[l];
    int expectedEmpty = 0;
    for (int i = 0; i < n; i++) {
      int row = 0;
      for (int k = 0; k < l; k++) {
        if (p[i][k] >= t[k]) {
          expectedPredicted[k]++;
          row++;
        }
      }
      expectedEmpty += row == 0 ? 1 : 0;
    }
    for (int k = 0; k < l; k++) {
      assertEquals(expectedPredicted[k], fast.confusion(k).tp() + fast.confusion(k).fp());
      assertEquals(plain.confusion(k), fast.confusion(k));
    }
    assertEquals(expectedEmpty, fast.rowsWithNoPrediction());
    assertArrayEquals(
        new double[] {
          plain.hammingLoss(),
          plain.subsetAccuracy(),
          plain.jaccard(),
          plain.samplesF1(),
          plain.microF1(),
          plain.macroF1(),
          plain.weightedF1()
        },
        new double[] {
          fast.hammingLoss(),
          fast.subsetAccuracy(),
          fast.jaccard(),
          fast.samplesF1(),
          fast.microF1(),
          fast.macroF1(),
          fast.weightedF1()
        });
  }
}
