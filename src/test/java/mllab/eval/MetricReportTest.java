package mllab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MetricReportTest {

  private static final double EPS = 1e-12;

  /** Probabilities 0.9 where {@code decisions} is 1 and 0.1 where it is 0: at 0.5 they decide. */
  private static Predictions decided(int[][] decisions, int[][] truth) {
    double[][] p = new double[decisions.length][];
    for (int i = 0; i < decisions.length; i++) {
      p[i] = new double[decisions[i].length];
      for (int k = 0; k < p[i].length; k++) {
        p[i][k] = decisions[i][k] == 1 ? 0.9 : 0.1;
      }
    }
    return new Predictions(p, truth, names(truth[0].length));
  }

  private static List<String> names(int count) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      names.add("label" + k);
    }
    return names;
  }

  private static MetricReport at(Predictions predictions, double threshold) {
    return MetricReport.of(predictions, Thresholds.global(threshold, predictions.labelCount()));
  }

  /** scikit-learn's jaccard_score example: y_true [[0,1,1],[1,1,0]], y_pred [[1,1,1],[1,0,0]]. */
  private static MetricReport sklearnJaccardExample() {
    return at(decided(new int[][] {{1, 1, 1}, {1, 0, 0}}, new int[][] {{0, 1, 1}, {1, 1, 0}}), 0.5);
  }

  @Test
  void hammingLossMatchesScikitLearnDocExample() {
    // Given hamming_loss(np.array([[0, 1], [1, 1]]), np.zeros((2, 2))) = 0.75 in the sklearn docs
    Predictions p = decided(new int[][] {{0, 0}, {0, 0}}, new int[][] {{0, 1}, {1, 1}});

    // When
    MetricReport r = at(p, 0.5);

    // Then
    assertEquals(0.75, r.hammingLoss(), EPS);
    assertEquals(0.25, r.labelAccuracy(), EPS);
  }

  @Test
  void jaccardSamplesMatchesScikitLearnDocExample() {
    // Given / When the documented example
    MetricReport r = sklearnJaccardExample();

    // Then jaccard_score(average='samples') = (2/3 + 1/2) / 2
    assertEquals(0.5833333333333333, r.jaccard(), EPS);
  }

  @Test
  void cellAndRowMetricsOfTheWorkedExample() {
    // Given two wrong cells out of six, and no row entirely right
    MetricReport r = sklearnJaccardExample();

    // Then
    assertEquals(2.0 / 6, r.hammingLoss(), EPS);
    assertEquals(0.0, r.subsetAccuracy(), EPS);
    assertEquals(2.0, r.predictedCardinality(), EPS);
    assertEquals(2.0, r.trueCardinality(), EPS);
    assertEquals(0, r.rowsWithNoPrediction());
  }

  @Test
  void perLabelCountsAndScoresOfTheWorkedExample() {
    // Given / When
    MetricReport r = sklearnJaccardExample();

    // Then label 0: tp 1, fp 1; label 1: tp 1, fn 1; label 2: perfect
    assertEquals(new ConfusionCounts(1, 1, 0, 0), r.confusion(0));
    assertEquals(new ConfusionCounts(1, 0, 1, 0), r.confusion(1));
    assertEquals(new ConfusionCounts(1, 0, 0, 1), r.confusion(2));
    assertEquals(0.5, r.precision(0), EPS);
    assertEquals(1.0, r.recall(0), EPS);
    assertEquals(2.0 / 3, r.f1(0), EPS);
    assertEquals(0.5, r.recall(1), EPS);
    assertEquals(1.0, r.f1(2), EPS);
    assertEquals(2, r.support(1));
    assertEquals(3, r.perLabel().length);
  }

  @Test
  void microMacroWeightedAndSamplesAveragesOfTheWorkedExample() {
    // Given / When
    MetricReport r = sklearnJaccardExample();

    // Then micro pools TP 3, FP 1, FN 1
    assertEquals(0.75, r.microPrecision(), EPS);
    assertEquals(0.75, r.microRecall(), EPS);
    assertEquals(0.75, r.microF1(), EPS);
    // macro: plain means of (0.5, 1, 1), (1, 0.5, 1), (2/3, 2/3, 1)
    assertEquals(2.5 / 3, r.macroPrecision(), EPS);
    assertEquals(2.5 / 3, r.macroRecall(), EPS);
    assertEquals(7.0 / 9, r.macroF1(), EPS);
    // weighted by supports (1, 2, 1)
    assertEquals(0.875, r.weightedPrecision(), EPS);
    assertEquals(0.75, r.weightedRecall(), EPS);
    assertEquals(0.75, r.weightedF1(), EPS);
    // samples: rows (P 2/3, R 1, F1 0.8) and (P 1, R 1/2, F1 2/3)
    assertEquals(5.0 / 6, r.samplesPrecision(), EPS);
    assertEquals(0.75, r.samplesRecall(), EPS);
    assertEquals((0.8 + 2.0 / 3) / 2, r.samplesF1(), EPS);
  }

  @Test
  void rowWithNoTrueAndNoPredictedLabelScoresZeroInSamplesAveragesLikeScikitLearn() {
    // Given one row with nothing true and nothing predicted
    Predictions p = decided(new int[][] {{0, 0}}, new int[][] {{0, 0}});

    // When
    MetricReport r = at(p, 0.5);

    // Then it is an exact match with no wrong cell, but zero_division=0 gives 0 per row
    assertEquals(1.0, r.subsetAccuracy(), EPS);
    assertEquals(0.0, r.hammingLoss(), EPS);
    assertEquals(0.0, r.samplesPrecision(), EPS);
    assertEquals(0.0, r.samplesRecall(), EPS);
    assertEquals(0.0, r.samplesF1(), EPS);
    assertEquals(0.0, r.jaccard(), EPS);
    assertEquals(1, r.rowsWithNoPrediction());
  }

  @Test
  void zeroDenominatorsGiveZeroNotNaN() {
    // Given label 0 occurs but is never predicted, label 1 is predicted but never occurs
    Predictions p = decided(new int[][] {{0, 1}, {0, 1}}, new int[][] {{1, 0}, {0, 0}});

    // When
    MetricReport r = at(p, 0.5);

    // Then
    assertEquals(0.0, r.precision(0), EPS);
    assertEquals(0.0, r.recall(0), EPS);
    assertEquals(0.0, r.recall(1), EPS);
    assertEquals(0.0, r.f1(1), EPS);
    assertEquals(0.0, r.microPrecision(), EPS);
    assertEquals(0.0, r.macroF1(), EPS);
  }

  @Test
  void weightedAveragesAreZeroWhenNoLabelOccurs() {
    // Given no true label anywhere
    Predictions p = decided(new int[][] {{1, 0}, {0, 0}}, new int[][] {{0, 0}, {0, 0}});

    // When
    MetricReport r = at(p, 0.5);

    // Then
    assertEquals(0.0, r.weightedPrecision(), EPS);
    assertEquals(0.0, r.weightedRecall(), EPS);
    assertEquals(0.0, r.weightedF1(), EPS);
    assertEquals(0.0, r.trueCardinality(), EPS);
  }

  @Test
  void thresholdZeroPredictsEveryLabel() {
    // Given random probabilities
    Predictions p = randomPredictions(new Random(7), 50, 4);

    // When
    MetricReport r = at(p, 0.0);

    // Then every cell is predicted, so every present label is fully recalled
    assertEquals(4.0, r.predictedCardinality(), EPS);
    assertEquals(0, r.rowsWithNoPrediction());
    assertEquals(1.0, r.microRecall(), EPS);
    for (int k = 0; k < 4; k++) {
      assertEquals(50, r.confusion(k).predictedPositives());
    }
  }

  @Test
  void thresholdAboveAllProbabilitiesPredictsNoLabels() {
    // Given probabilities all below 1
    Predictions p = randomPredictions(new Random(8), 50, 4);

    // When
    MetricReport r = at(p, 1.0);

    // Then nothing is predicted
    assertEquals(0.0, r.predictedCardinality(), EPS);
    assertEquals(50, r.rowsWithNoPrediction());
    assertEquals(0.0, r.microPrecision(), EPS);
    assertEquals(0.0, r.microRecall(), EPS);
    assertEquals(r.trueCardinality() / 4, r.hammingLoss(), EPS);
  }

  @Test
  void aProbabilityEqualToTheThresholdIsPredicted() {
    // Given a probability of exactly 0.5
    Predictions p = new Predictions(new double[][] {{0.5}}, new int[][] {{1}}, List.of("a"));

    // When
    MetricReport r = at(p, 0.5);

    // Then "at least the threshold" predicts it
    assertEquals(new ConfusionCounts(1, 0, 0, 0), r.confusion(0));
  }

  @Test
  void perLabelThresholdChangesOnlyThatLabelsCounts() {
    // Given a report at a global 0.5
    Predictions p = randomPredictions(new Random(9), 80, 3);
    Thresholds global = Thresholds.global(0.5, 3);
    MetricReport before = MetricReport.of(p, global);

    // When only label 1's threshold is raised
    MetricReport after = MetricReport.of(p, global.with(1, 0.9));

    // Then labels 0 and 2 keep their counts and label 1 predicts fewer rows
    assertEquals(before.confusion(0), after.confusion(0));
    assertEquals(before.confusion(2), after.confusion(2));
    assertTrue(after.confusion(1).predictedPositives() < before.confusion(1).predictedPositives());
  }

  @Test
  void singlePassMatchesStraightforwardDefinitionsOnRandomData() {
    // Given random predictions and per-label thresholds (seeded)
    Random random = new Random(42);
    for (int trial = 0; trial < 20; trial++) {
      int n = 1 + random.nextInt(60);
      int l = 1 + random.nextInt(6);
      Predictions p = randomPredictions(random, n, l);
      double[] t = new double[l];
      for (int k = 0; k < l; k++) {
        t[k] = random.nextDouble();
      }

      // When
      MetricReport r = MetricReport.of(p, Thresholds.perLabel(t));

      // Then every metric equals the textbook formula computed cell by cell
      NaiveMetrics expected = new NaiveMetrics(p, t);
      assertEquals(expected.hamming, r.hammingLoss(), EPS);
      assertEquals(expected.subset, r.subsetAccuracy(), EPS);
      assertEquals(expected.jaccard, r.jaccard(), EPS);
      assertEquals(expected.samplesP, r.samplesPrecision(), EPS);
      assertEquals(expected.samplesR, r.samplesRecall(), EPS);
      assertEquals(expected.samplesF1, r.samplesF1(), EPS);
      assertEquals(expected.macroF1, r.macroF1(), EPS);
      assertEquals(expected.microF1, r.microF1(), EPS);
      assertEquals(expected.empty, r.rowsWithNoPrediction());
      // and each row's count of predicted labels is its cells at or above their thresholds
      for (int i = 0; i < n; i++) {
        int on = 0;
        for (int k = 0; k < l; k++) {
          on += p.probability(i, k) >= t[k] ? 1 : 0;
        }
        assertEquals(on, r.predictedInRow(i), "row " + i);
      }
    }
  }

  @Test
  void thresholdsForAnotherLabelCountAreRejectedWithTheFix() {
    // Given predictions with 3 labels
    Predictions p = randomPredictions(new Random(1), 5, 3);

    // When / Then
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MetricReport.of(p, Thresholds.global(0.5, 2)));
    assertTrue(e.getMessage().contains("Thresholds.global(t, 3)"), e.getMessage());
  }

  @Test
  void noRowsGiveZeroMetrics() {
    // Given predictions over no rows
    Predictions p = new Predictions(new double[0][], new int[0][], List.of("a", "b"));

    // When
    MetricReport r = at(p, 0.5);

    // Then nothing divides by zero
    assertEquals(0.0, r.hammingLoss(), EPS);
    assertEquals(0.0, r.subsetAccuracy(), EPS);
    assertEquals(0.0, r.microF1(), EPS);
    assertEquals(0.0, r.samplesF1(), EPS);
  }

  static Predictions randomPredictions(Random random, int n, int l) {
    double[][] p = new double[n][l];
    int[][] y = new int[n][l];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < l; k++) {
        y[i][k] = random.nextDouble() < 0.35 ? 1 : 0;
        // Informative but noisy, and always below 1.
        p[i][k] = Math.min(0.999, Math.max(0.0, 0.3 * y[i][k] + 0.7 * random.nextDouble()));
      }
    }
    return new Predictions(p, y, names(l));
  }

  /** The metrics written as literally as possible, as an independent check of the fast pass. */
  private static final class NaiveMetrics {
    double hamming;
    double subset;
    double jaccard;
    double samplesP;
    double samplesR;
    double samplesF1;
    double macroF1;
    double microF1;
    int empty;

    NaiveMetrics(Predictions p, double[] t) {
      int n = p.rows();
      int l = p.labelCount();
      double[][] prob = p.probabilities();
      int[][] y = p.truth();
      int wrong = 0;
      int[] tp = new int[l];
      int[] fp = new int[l];
      int[] fn = new int[l];
      for (int i = 0; i < n; i++) {
        int inter = 0;
        int union = 0;
        int pred = 0;
        int truth = 0;
        boolean exact = true;
        for (int k = 0; k < l; k++) {
          boolean d = prob[i][k] >= t[k];
          boolean tr = y[i][k] == 1;
          if (d != tr) {
            wrong++;
            exact = false;
          }
          if (d && tr) {
            inter++;
            tp[k]++;
          }
          if (d && !tr) {
            fp[k]++;
          }
          if (!d && tr) {
            fn[k]++;
          }
          if (d || tr) {
            union++;
          }
          if (d) {
            pred++;
          }
          if (tr) {
            truth++;
          }
        }
        subset += exact ? 1 : 0;
        empty += pred == 0 ? 1 : 0;
        jaccard += union == 0 ? 0 : (double) inter / union;
        samplesP += pred == 0 ? 0 : (double) inter / pred;
        samplesR += truth == 0 ? 0 : (double) inter / truth;
        samplesF1 += pred + truth == 0 ? 0 : 2.0 * inter / (pred + truth);
      }
      hamming = (double) wrong / (n * l);
      subset /= n;
      jaccard /= n;
      samplesP /= n;
      samplesR /= n;
      samplesF1 /= n;
      int stp = 0;
      int sfp = 0;
      int sfn = 0;
      for (int k = 0; k < l; k++) {
        int den = 2 * tp[k] + fp[k] + fn[k];
        macroF1 += den == 0 ? 0 : 2.0 * tp[k] / den;
        stp += tp[k];
        sfp += fp[k];
        sfn += fn[k];
      }
      macroF1 /= l;
      int den = 2 * stp + sfp + sfn;
      microF1 = den == 0 ? 0 : 2.0 * stp / den;
    }
  }
}
