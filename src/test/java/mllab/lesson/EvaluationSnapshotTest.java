package mllab.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mllab.eval.Predictions;
import mllab.pipeline.ThresholdState;
import org.junit.jupiter.api.Test;

/** Step 5's pair grid counts, at any width, for the labels it shows. */
class EvaluationSnapshotTest {

  @Test
  void thePairGridCountsTheTenMostFrequentLabelsRowByRow() {
    // Given 300 test rows × 40 labels of varied frequency, and a low threshold that predicts
    // most labels in most rows (the slider pulled to the left)
    Random r = new Random(11);
    int n = 300;
    int l = 40;
    double[][] prob = new double[n][l];
    int[][] truth = new int[n][l];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < l; k++) {
        prob[i][k] = r.nextDouble();
        truth[i][k] = r.nextDouble() < (k + 1) / (2.0 * l) ? 1 : 0;
      }
    }
    List<String> names = new ArrayList<>();
    for (int k = 0; k < l; k++) {
      names.add("tag" + k);
    }
    Predictions p = new Predictions(prob, truth, names);
    double t = 0.1;

    EvaluationSnapshot s = EvaluationSnapshot.of(p, ThresholdState.global(t, l), null);

    // Then the grid holds the ten labels most often true (ties: the first), in column order
    int[] expected = topTen(truth);
    assertArrayEquals(expected, s.pairLabels());
    // And each cell counts the rows predicted (true) to carry both of its labels
    for (int a = 0; a < 10; a++) {
      for (int b = 0; b < 10; b++) {
        int predicted = 0;
        int both = 0;
        for (int i = 0; i < n; i++) {
          if (prob[i][expected[a]] >= t && prob[i][expected[b]] >= t) {
            predicted++;
          }
          both += truth[i][expected[a]] * truth[i][expected[b]];
        }
        assertEquals(predicted, s.predictedPairs()[a][b], "predicted " + a + "," + b);
        assertEquals(both, s.truePairs()[a][b], "true " + a + "," + b);
      }
    }
  }

  @Test
  void eachRowsErrorsAndTheHighestProbabilityAreCountedCellByCell() {
    // Given 200 rows × 30 labels and per-label thresholds
    Random r = new Random(5);
    int n = 200;
    int l = 30;
    double[][] prob = new double[n][l];
    int[][] truth = new int[n][l];
    double highest = 0;
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < l; k++) {
        prob[i][k] = r.nextDouble() * 0.9;
        truth[i][k] = r.nextInt(4) == 0 ? 1 : 0;
        highest = Math.max(highest, prob[i][k]);
      }
    }
    List<String> names = new ArrayList<>();
    double[] t = new double[l];
    for (int k = 0; k < l; k++) {
      names.add("tag" + k);
      t[k] = 0.2 + 0.02 * k;
    }
    Predictions p = new Predictions(prob, truth, names);

    EvaluationSnapshot s =
        EvaluationSnapshot.of(
            p, ThresholdState.restored(true, t, ThresholdState.Tuning.NONE, 0.5), null);

    // Then each row's wrong decisions (what the table's "Wrong" column sorts by) are its FP + FN
    for (int i = 0; i < n; i++) {
      int wrong = 0;
      for (int k = 0; k < l; k++) {
        wrong += (prob[i][k] >= t[k] ? 1 : 0) != truth[i][k] ? 1 : 0;
      }
      assertEquals(wrong, s.rowErrors(i), "row " + i);
    }
    assertEquals(highest, s.highestProbability());
  }

  private static int[] topTen(int[][] truth) {
    int l = truth[0].length;
    int[] count = new int[l];
    for (int[] row : truth) {
      for (int k = 0; k < l; k++) {
        count[k] += row[k];
      }
    }
    boolean[] taken = new boolean[l];
    for (int pick = 0; pick < 10; pick++) {
      int best = -1;
      for (int k = 0; k < l; k++) {
        if (!taken[k] && (best < 0 || count[k] > count[best])) {
          best = k;
        }
      }
      taken[best] = true;
    }
    int[] out = new int[10];
    int m = 0;
    for (int k = 0; k < l; k++) {
      if (taken[k]) {
        out[m++] = k;
      }
    }
    return out;
  }
}
