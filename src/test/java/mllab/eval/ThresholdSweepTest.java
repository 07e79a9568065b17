package mllab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThresholdSweepTest {

  private static final double EPS = 1e-12;

  /** One label: probabilities 0.9, 0.8, 0.734, 0.3 with truth 1, 0, 1, 0. */
  private static Predictions oneLabel() {
    return new Predictions(
        new double[][] {{0.9}, {0.8}, {0.734}, {0.3}},
        new int[][] {{1}, {0}, {1}, {0}},
        List.of("beach"));
  }

  @Test
  void defaultGridRunsFromZeroToOneInHundredths() {
    // Given / When
    ThresholdSweep sweep = ThresholdSweep.of(oneLabel());

    // Then
    double[] t = sweep.thresholds();
    assertEquals(101, t.length);
    assertEquals(0.0, t[0]);
    assertEquals(0.5, t[50]);
    assertEquals(1.0, t[100]);
  }

  @Test
  void eachCurvePointEqualsTheReportAtThatThreshold() {
    // Given random predictions
    Predictions p = MetricReportTest.randomPredictions(new Random(3), 40, 3);

    // When
    ThresholdSweep sweep = ThresholdSweep.of(p, 11);

    // Then every metric at every grid point is what the report says there
    double[] t = sweep.thresholds();
    for (Metric m : Metric.values()) {
      double[] curve = sweep.curve(m);
      for (int g = 0; g < t.length; g++) {
        MetricReport r = MetricReport.of(p, Thresholds.global(t[g], 3));
        assertEquals(m.valueIn(r), curve[g], EPS, m + " at " + t[g]);
      }
    }
  }

  @Test
  void recallFallsAndPrecisionOfPredictedLabelsRisesAlongTheGrid() {
    // Given the one-label example
    ThresholdSweep sweep = ThresholdSweep.of(oneLabel());

    // When
    double[] recall = sweep.curve(Metric.MICRO_RECALL);

    // Then threshold 0 recalls everything, threshold 1 nothing, and recall never rises
    assertEquals(1.0, recall[0], EPS);
    assertEquals(0.0, recall[100], EPS);
    for (int g = 1; g < recall.length; g++) {
      assertTrue(recall[g] <= recall[g - 1]);
    }
  }

  @Test
  void f1OptimalThresholdIsSearchedOverTheDistinctProbabilitiesNotJustTheGrid() {
    // Given F1 at 0.9: 2/3, at 0.8: 1/2, at 0.734: 4/5, at 0.3: 2/3
    ThresholdSweep sweep = ThresholdSweep.of(oneLabel());

    // When
    ThresholdSweep.LabelOptimum best = sweep.f1Optimal(0);

    // Then the best cut is the off-grid probability 0.734
    assertEquals(0.734, best.threshold(), 0);
    assertEquals(0.8, best.f1(), EPS);
    MetricReport there = MetricReport.of(oneLabel(), sweep.f1OptimalThresholds());
    assertEquals(0.8, there.f1(0), EPS);
  }

  @Test
  void f1OptimalThresholdIsAtLeastAsGoodAsEveryGridThreshold() {
    // Given random predictions
    Predictions p = MetricReportTest.randomPredictions(new Random(11), 60, 4);
    ThresholdSweep sweep = ThresholdSweep.of(p);

    // When
    MetricReport tuned = MetricReport.of(p, sweep.f1OptimalThresholds());

    // Then no single grid threshold beats any label's tuned F1
    for (double t : sweep.thresholds()) {
      MetricReport r = MetricReport.of(p, Thresholds.global(t, 4));
      for (int k = 0; k < 4; k++) {
        assertTrue(tuned.f1(k) >= r.f1(k) - EPS, "label " + k + " at " + t);
      }
    }
  }

  @Test
  void pCutMatchesTheTargetCardinality() {
    // Given 4 rows × 2 labels with distinct probabilities
    Predictions p =
        new Predictions(
            new double[][] {{0.9, 0.2}, {0.7, 0.6}, {0.1, 0.8}, {0.3, 0.4}},
            new int[][] {{1, 0}, {1, 1}, {0, 1}, {0, 0}},
            List.of("a", "b"));
    ThresholdSweep sweep = ThresholdSweep.of(p);

    // When the target is one label per row: 4 predicted cells
    ThresholdSweep.PCut cut = sweep.pCut(1.0);

    // Then the threshold is the 4th highest probability
    assertEquals(0.6, cut.threshold(), 0);
    assertEquals(1.0, cut.predictedCardinality(), EPS);
    assertEquals(
        1.0, MetricReport.of(p, Thresholds.global(cut.threshold(), 2)).predictedCardinality(), EPS);
  }

  @Test
  void pCutWithTargetZeroPredictsNothing() {
    // Given / When
    ThresholdSweep.PCut cut = ThresholdSweep.of(oneLabel()).pCut(0);

    // Then
    assertEquals(1.0, cut.threshold(), 0);
    assertEquals(0.0, cut.predictedCardinality(), EPS);
  }

  @Test
  void pCutRejectsATargetAboveTheLabelCount() {
    // Given one label
    ThresholdSweep sweep = ThresholdSweep.of(oneLabel());

    // When / Then
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> sweep.pCut(2.5));
    assertTrue(e.getMessage().contains("2.5"), e.getMessage());
  }

  @Test
  void rocCurveRunsFromOriginToOneOneThroughEachDistinctProbability() {
    // Given / When
    List<ThresholdSweep.RocPoint> roc = ThresholdSweep.of(oneLabel()).rocCurve(0);

    // Then
    assertEquals(5, roc.size());
    assertEquals(new ThresholdSweep.RocPoint(Double.POSITIVE_INFINITY, 0, 0), roc.get(0));
    assertEquals(new ThresholdSweep.RocPoint(0.9, 0, 0.5), roc.get(1));
    assertEquals(new ThresholdSweep.RocPoint(0.8, 0.5, 0.5), roc.get(2));
    assertEquals(new ThresholdSweep.RocPoint(0.734, 0.5, 1), roc.get(3));
    assertEquals(new ThresholdSweep.RocPoint(0.3, 1, 1), roc.get(4));
  }

  @Test
  void operatingPointsSitOnTheCurvesAtTheGivenThreshold() {
    // Given
    ThresholdSweep sweep = ThresholdSweep.of(oneLabel());

    // When the label is predicted at 0.5: rows 0.9, 0.8, 0.734
    ThresholdSweep.RocPoint roc = sweep.rocOperatingPoint(0, 0.5);
    ThresholdSweep.PrPoint pr = sweep.prOperatingPoint(0, 0.5);

    // Then tp 2, fp 1 of 2 positives and 2 negatives
    assertEquals(0.5, roc.falsePositiveRate(), EPS);
    assertEquals(1.0, roc.truePositiveRate(), EPS);
    assertEquals(1.0, pr.recall(), EPS);
    assertEquals(2.0 / 3, pr.precision(), EPS);
    assertEquals(new ConfusionCounts(2, 1, 0, 1), sweep.countsAt(0, 0.5));
  }

  @Test
  void precisionRecallCurveStartsAtPrecisionOneLikeScikitLearn() {
    // Given / When
    List<ThresholdSweep.PrPoint> pr = ThresholdSweep.of(oneLabel()).precisionRecallCurve(0);

    // Then
    assertEquals(new ThresholdSweep.PrPoint(Double.POSITIVE_INFINITY, 0, 1), pr.get(0));
    assertEquals(new ThresholdSweep.PrPoint(0.9, 0.5, 1), pr.get(1));
    assertEquals(new ThresholdSweep.PrPoint(0.3, 1, 0.5), pr.get(4));
  }

  @Test
  void gridWithFewerThanTwoPointsIsRejected() {
    // Given / When / Then
    assertThrows(IllegalArgumentException.class, () -> ThresholdSweep.of(oneLabel(), 1));
  }
}
