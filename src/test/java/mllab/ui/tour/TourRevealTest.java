package mllab.ui.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.model.EpochReport;
import mllab.text.Text;
import org.junit.jupiter.api.Test;

/** The tour's reveals say what the numbers did, whichever way they went. */
class TourRevealTest {

  private static EpochReport epoch(int e, double loss, double accuracy) {
    return new EpochReport(
        e,
        loss,
        loss,
        accuracy,
        0.5,
        0.5,
        new double[] {loss},
        new double[] {accuracy},
        accuracy,
        0.693);
  }

  @Test
  void aFallingLossIsCalledAFall() {
    String text = TourReveal.training(List.of(epoch(1, 0.6, 0.7), epoch(2, 0.4, 0.8)));
    assertEquals(
        Text.get("tour.training.answer.down", "0.600", "0.400", "2")
            + Text.get("tour.training.accuracy.up", "0.700", "0.800")
            + Text.get("tour.training.guessing", "0.693"),
        text);
  }

  @Test
  void aRisingLossFromATooLargeLearningRateIsCalledARiseWithTheFix() {
    String text = TourReveal.training(List.of(epoch(1, 0.38, 0.85), epoch(5, 0.43, 0.82)));
    assertTrue(text.startsWith(Text.get("tour.training.answer.up", "0.380", "0.430", "2")), text);
    assertTrue(text.contains(Text.get("tour.training.accuracy.down", "0.850", "0.820")), text);
    assertTrue(text.endsWith(Text.get("tour.training.tooLarge")), text);
  }

  @Test
  void numbersEqualToThreeDecimalsAreCalledLevel() {
    String text = TourReveal.training(List.of(epoch(1, 0.5001, 0.75), epoch(2, 0.4999, 0.75)));
    assertTrue(
        text.startsWith(Text.get("tour.training.answer.level", "0.500", "0.500", "2")), text);
    assertTrue(text.contains(Text.get("tour.training.accuracy.level", "0.750", "0.750")), text);
  }

  @Test
  void recallThatDoesNotMoveIsNotCalledARise() {
    // Given every true label far above both thresholds: raising 0.5 to 0.8 loses none of them
    Predictions p =
        new Predictions(
            new double[][] {{0.95, 0.6}, {0.9, 0.1}},
            new int[][] {{1, 0}, {1, 0}},
            List.of("a", "b"));
    String text = fromHalfToEightTenths(p);
    assertTrue(
        text.equals(
            Text.get(
                "tour.evaluation.answer.same", "1.000", "1.000", "0.5", "0.8", "0.667", "1.000")),
        text);
    assertTrue(text.contains("0.667"), text);
  }

  @Test
  void recallThatFallsIsCalledAFall() {
    Predictions p =
        new Predictions(
            new double[][] {{0.95, 0.6}, {0.7, 0.1}},
            new int[][] {{1, 0}, {1, 0}},
            List.of("a", "b"));
    String text = fromHalfToEightTenths(p);
    assertTrue(
        text.startsWith(
            Text.get(
                "tour.evaluation.answer.down", "1.000", "0.500", "0.5", "0.8", "0.667", "1.000")),
        text);
  }

  @Test
  void aModelThatPredictsNothingAtTheLowerThresholdIsSaidToAndTheStudentIsToldWhatToTry() {
    // Given every probability below 0.5 (rare labels after a few epochs, as with bibtex)
    Predictions p =
        new Predictions(
            new double[][] {{0.3, 0.1}, {0.2, 0.05}, {0.4, 0.01}},
            new int[][] {{1, 0}, {0, 1}, {1, 0}},
            List.of("a", "b"));
    String text = fromHalfToEightTenths(p);
    assertEquals(Text.get("tour.evaluation.answer.none", "0.5", "3", "0.8"), text);
    assertTrue(text.contains("no label for any of the 3 test rows"), text);
  }

  /** The answer for raising the threshold from 0.5 to 0.8 on two-label predictions {@code p}. */
  private static String fromHalfToEightTenths(Predictions p) {
    return TourReveal.threshold(
        MetricReport.of(p, Thresholds.global(0.5, 2)),
        MetricReport.of(p, Thresholds.global(0.8, 2)),
        0.5,
        0.8);
  }
}
