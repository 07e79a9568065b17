package mllab.ui.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.model.EpochReport;
import org.junit.jupiter.api.Test;

/** The tour's reveals say what the numbers did, whichever way they went. */
class TourRevealTest {

  private static EpochReport epoch(int e, double loss, double accuracy) {
    return new EpochReport(e, loss, loss, accuracy, 0.5, 0.5, new double[] {loss},
        new double[] {accuracy}, accuracy, 0.693);
  }

  @Test
  void aFallingLossIsCalledAFall() {
    String text = TourReveal.training(List.of(epoch(1, 0.6, 0.7), epoch(2, 0.4, 0.8)));
    assertEquals("It went down: the test loss fell from 0.600 after epoch 1 to 0.400 after epoch 2"
        + ", and label accuracy rose from 0.700 to 0.800. (Guessing would cost 0.693.)", text);
  }

  @Test
  void aRisingLossFromATooLargeLearningRateIsCalledARiseWithTheFix() {
    String text = TourReveal.training(List.of(epoch(1, 0.38, 0.85), epoch(5, 0.43, 0.82)));
    assertTrue(text.startsWith("It went up: the test loss rose from 0.380"), text);
    assertTrue(text.contains("label accuracy fell from 0.850 to 0.820"), text);
    assertTrue(text.endsWith("lower the learning rate in step 4."), text);
  }

  @Test
  void numbersEqualToThreeDecimalsAreCalledLevel() {
    String text = TourReveal.training(List.of(epoch(1, 0.5001, 0.75), epoch(2, 0.4999, 0.75)));
    assertTrue(text.startsWith("It stayed level: the test loss was 0.500 after epoch 1 and 0.500"),
        text);
    assertTrue(text.contains("label accuracy stayed at 0.750."), text);
  }

  @Test
  void recallThatDoesNotMoveIsNotCalledARise() {
    // Given every true label far above both thresholds: raising 0.5 to 0.8 loses none of them
    Predictions p = new Predictions(new double[][] {{0.95, 0.6}, {0.9, 0.1}},
        new int[][] {{1, 0}, {1, 0}}, List.of("a", "b"));
    MetricReport low = MetricReport.of(p, Thresholds.global(0.5, 2));
    MetricReport high = MetricReport.of(p, Thresholds.global(0.8, 2));
    String text = TourReveal.threshold(low, high, 0.5, 0.8);
    assertTrue(text.startsWith("Recall stayed the same: micro recall 1.000 at 0.5 and 1.000 at 0.8"),
        text);
    assertTrue(text.contains("micro precision went from 0.667 to 1.000"), text);
  }

  @Test
  void recallThatFallsIsCalledAFall() {
    Predictions p = new Predictions(new double[][] {{0.95, 0.6}, {0.7, 0.1}},
        new int[][] {{1, 0}, {1, 0}}, List.of("a", "b"));
    String text = TourReveal.threshold(MetricReport.of(p, Thresholds.global(0.5, 2)),
        MetricReport.of(p, Thresholds.global(0.8, 2)), 0.5, 0.8);
    assertTrue(text.startsWith("Recall went down: micro recall 1.000 at 0.5, 0.500 at 0.8"), text);
  }
}
