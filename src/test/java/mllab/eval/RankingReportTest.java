package mllab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankingReportTest {

  private static final double EPS = 1e-12;

  private static Predictions predictions(double[][] p, int[][] y) {
    String[] names = new String[p[0].length];
    for (int k = 0; k < names.length; k++) {
      names[k] = "label" + k;
    }
    return new Predictions(p, y, List.of(names));
  }

  @Test
  void labelRankingAveragePrecisionMatchesScikitLearnDocExample() {
    // Given label_ranking_average_precision_score([[1,0,0],[0,0,1]], [[0.75,0.5,1],[1,0.2,0.1]])
    Predictions p =
        predictions(
            new double[][] {{0.75, 0.5, 1}, {1, 0.2, 0.1}}, new int[][] {{1, 0, 0}, {0, 0, 1}});

    // When
    RankingReport r = RankingReport.of(p);

    // Then the documented 0.416…: (1/2 + 1/3) / 2
    assertEquals(5.0 / 12, r.labelRankingAveragePrecision(), EPS);
  }

  @Test
  void rankingLossMatchesScikitLearnDocExample() {
    // Given label_ranking_loss with the same inputs, documented as 0.75
    Predictions p =
        predictions(
            new double[][] {{0.75, 0.5, 1}, {1, 0.2, 0.1}}, new int[][] {{1, 0, 0}, {0, 0, 1}});

    // When
    RankingReport r = RankingReport.of(p);

    // Then row 1 orders 1 of 2 pairs wrongly, row 2 both
    assertEquals(0.75, r.rankingLoss(), EPS);
  }

  @Test
  void coverageErrorMatchesScikitLearnDocExample() {
    // Given coverage_error([[1,0,0],[0,1,1]], [[1,0,0],[0,1,1]]), documented as 1.5
    Predictions p =
        predictions(new double[][] {{1, 0, 0}, {0, 1, 1}}, new int[][] {{1, 0, 0}, {0, 1, 1}});

    // When
    RankingReport r = RankingReport.of(p);

    // Then
    assertEquals(1.5, r.coverageError(), EPS);
  }

  @Test
  void tiedScoresTakeTheWorstRank() {
    // Given every label of the row scored the same, one of three true
    Predictions p = predictions(new double[][] {{0.4, 0.4, 0.4}}, new int[][] {{0, 1, 0}});

    // When
    RankingReport r = RankingReport.of(p);

    // Then all three must be covered, precision at that rank is 1/3, and both pairs count wrong
    assertEquals(3.0, r.coverageError(), EPS);
    assertEquals(1.0 / 3, r.labelRankingAveragePrecision(), EPS);
    assertEquals(1.0, r.rankingLoss(), EPS);
  }

  @Test
  void rowWithoutTrueLabelsIsCoveredAtZeroAndRankedPerfectly() {
    // Given a row with no true label and a row where all labels are true
    Predictions p =
        predictions(new double[][] {{0.9, 0.1}, {0.2, 0.3}}, new int[][] {{0, 0}, {1, 1}});

    // When
    RankingReport r = RankingReport.of(p);

    // Then coverage is (0 + 2) / 2, and neither row can be ranked wrongly
    assertEquals(1.0, r.coverageError(), EPS);
    assertEquals(1.0, r.labelRankingAveragePrecision(), EPS);
    assertEquals(0.0, r.rankingLoss(), EPS);
  }

  @Test
  void rocAucMatchesScikitLearnBinaryExample() {
    // Given roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75
    Predictions p =
        predictions(new double[][] {{0.1}, {0.4}, {0.35}, {0.8}}, new int[][] {{0}, {0}, {1}, {1}});

    // When
    RankingReport r = RankingReport.of(p);

    // Then
    assertEquals(0.75, r.rocAuc(0), EPS);
  }

  @Test
  void tiedPositiveAndNegativeCountHalf() {
    // Given a positive and a negative with the same score, and a clearly separated pair
    Predictions p =
        predictions(new double[][] {{0.5}, {0.5}, {0.9}, {0.1}}, new int[][] {{1}, {0}, {1}, {0}});

    // When
    RankingReport r = RankingReport.of(p);

    // Then of the 4 positive-negative pairs, 3 are right and 1 tied: (3 + 0.5) / 4
    assertEquals(0.875, r.rocAuc(0), EPS);
  }

  @Test
  void labelWithOneClassHasUndefinedAucAndMacroSkipsIt() {
    // Given label 0 separable (AUC 1) and label 1 never present
    Predictions p =
        predictions(new double[][] {{0.9, 0.3}, {0.2, 0.6}}, new int[][] {{1, 0}, {0, 0}});

    // When
    RankingReport r = RankingReport.of(p);

    // Then
    assertEquals(1.0, r.rocAuc(0), EPS);
    assertTrue(Double.isNaN(r.rocAuc(1)));
    assertEquals(1.0, r.macroRocAuc(), EPS);
    assertEquals(1, r.labelsWithDefinedAuc());
  }

  @Test
  void macroAucIsNaNWhenNoLabelHasBothClasses() {
    // Given a single label that is always present
    Predictions p = predictions(new double[][] {{0.9}, {0.2}}, new int[][] {{1}, {1}});

    // When / Then
    assertTrue(Double.isNaN(RankingReport.of(p).macroRocAuc()));
  }

  @Test
  void rankingMetricsIgnoreTheThreshold() {
    // Given a perfect ranking with every probability below 0.5, so thresholding at 0.5 fails
    Predictions p =
        predictions(new double[][] {{0.4, 0.1}, {0.05, 0.3}}, new int[][] {{1, 0}, {0, 1}});

    // When
    RankingReport ranking = RankingReport.of(p);
    MetricReport atHalf = MetricReport.of(p, Thresholds.global(0.5, 2));

    // Then ranking is perfect while the thresholded recall is 0
    assertEquals(1.0, ranking.labelRankingAveragePrecision(), EPS);
    assertEquals(0.0, ranking.rankingLoss(), EPS);
    assertEquals(1.0, ranking.coverageError(), EPS);
    assertEquals(1.0, ranking.macroRocAuc(), EPS);
    assertEquals(0.0, atHalf.microRecall(), EPS);
  }

  @Test
  void fastRankingMetricsMatchPairwiseDefinitionsWithManyTies() {
    // Given random data with probabilities on a 5-step grid, so ties are everywhere (seeded)
    Random random = new Random(5);
    for (int trial = 0; trial < 30; trial++) {
      int n = 1 + random.nextInt(25);
      int l = 1 + random.nextInt(6);
      double[][] p = new double[n][l];
      int[][] y = new int[n][l];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < l; k++) {
          p[i][k] = random.nextInt(5) / 4.0;
          y[i][k] = random.nextInt(3) == 0 ? 1 : 0;
        }
      }

      // When
      RankingReport r = RankingReport.of(predictions(p, y));

      // Then each metric equals its pairwise definition, ties handled as scikit-learn does
      double coverage = 0;
      double lrap = 0;
      double loss = 0;
      for (int i = 0; i < n; i++) {
        int nr = 0;
        int rowCoverage = 0;
        double precisions = 0;
        int wrong = 0;
        for (int j = 0; j < l; j++) {
          if (y[i][j] == 0) {
            continue;
          }
          nr++;
          int atLeast = 0;
          int relevantAtLeast = 0;
          for (int k = 0; k < l; k++) {
            if (p[i][k] >= p[i][j]) {
              atLeast++;
              relevantAtLeast += y[i][k];
              wrong += 1 - y[i][k];
            }
          }
          rowCoverage = Math.max(rowCoverage, atLeast);
          precisions += relevantAtLeast / (double) atLeast;
        }
        coverage += rowCoverage;
        boolean trivial = nr == 0 || nr == l;
        lrap += trivial ? 1 : precisions / nr;
        loss += trivial ? 0 : wrong / ((double) nr * (l - nr));
      }
      assertEquals(coverage / n, r.coverageError(), EPS);
      assertEquals(lrap / n, r.labelRankingAveragePrecision(), EPS);
      assertEquals(loss / n, r.rankingLoss(), EPS);
      for (int k = 0; k < l; k++) {
        assertEquals(pairwiseAuc(p, y, k), r.rocAuc(k), EPS);
      }
    }
  }

  /** Share of (positive, negative) row pairs ranked right, a tie counting one half. */
  private static double pairwiseAuc(double[][] p, int[][] y, int label) {
    double score = 0;
    int pairs = 0;
    for (int a = 0; a < p.length; a++) {
      for (int b = 0; b < p.length; b++) {
        if (y[a][label] == 1 && y[b][label] == 0) {
          pairs++;
          double pa = p[a][label];
          double pb = p[b][label];
          score += pa > pb ? 1 : pa == pb ? 0.5 : 0;
        }
      }
    }
    return pairs == 0 ? Double.NaN : score / pairs;
  }
}
