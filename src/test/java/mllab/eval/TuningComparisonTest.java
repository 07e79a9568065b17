package mllab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Thresholds tuned on validation rows against the same tuning on the test rows. */
class TuningComparisonTest {

  /** Noisy probabilities: the label is on when a hidden score plus noise is high. */
  private static Predictions noisy(int rows, long seed) {
    Random rng = new Random(seed);
    double[][] p = new double[rows][3];
    int[][] y = new int[rows][3];
    for (int i = 0; i < rows; i++) {
      for (int k = 0; k < 3; k++) {
        y[i][k] = rng.nextDouble() < 0.2 + 0.1 * k ? 1 : 0;
        double s = 0.3 * y[i][k] + 0.35 * rng.nextDouble();
        p[i][k] = Math.min(1, s);
      }
    }
    return new Predictions(p, y, List.of("a", "b", "c"));
  }

  @Test
  void thresholdsTunedOnTheTestRowsReadAtLeastAsWellAsHonestOnesOnThoseRows() {
    // Given validation and test predictions of the same kind
    Predictions validation = noisy(150, 1);
    Predictions test = noisy(200, 2);

    // When F1-optimal thresholds are tuned on each and measured on the test rows
    TuningComparison c = TuningComparison.of(Tuning.F1, validation, test, 0.9, 0.5);

    // Then the test-tuned macro-F1 is the best any thresholds reach on the test rows, so the
    // honest number can only be lower; the two are reported apart
    assertTrue(c.macroF1Gap() >= 0, "gap " + c.macroF1Gap());
    assertEquals(c.honest().microF1(), MetricReport.of(test, c.onValidation()).microF1(), 0.0);
    assertTrue(c.optimistic().macroF1() >= c.honest().macroF1());
    assertTrue(!c.onValidation().equals(c.onTest()), "the two tunings chose differently");
  }

  @Test
  void pCutAimsAtTheTrainingCardinalityAndNoneKeepsTheSliderThreshold() {
    Predictions test = noisy(200, 3);
    Thresholds pcut = TuningComparison.tune(Tuning.PCUT, test, 0.9, 0.5);
    MetricReport r = MetricReport.of(test, pcut);
    assertEquals(0.9, r.predictedCardinality(), 0.02);
    assertEquals(Thresholds.global(0.3, 3), TuningComparison.tune(Tuning.NONE, test, 0.9, 0.3));
  }
}
