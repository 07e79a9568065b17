package mllab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mllab.model.EpochReport;
import org.junit.jupiter.api.Test;

class ObservationTest {

  private static final double LN2 = Math.log(2);

  /** A report with only the numbers the observation reads. */
  private static EpochReport report(int epoch, double train, double test, double accuracy) {
    return new EpochReport(
        epoch,
        train,
        test,
        accuracy,
        0.1,
        0.5,
        new double[] {test},
        new double[] {accuracy},
        accuracy,
        LN2);
  }

  private static Observation.Kind kindOf(EpochReport... history) {
    return Observation.of(List.of(history)).kind();
  }

  @Test
  void firstEpochNearLnTwoIsTheStartingPoint() {
    // Given a first epoch whose loss is close to guessing
    Observation o = Observation.of(List.of(report(1, 0.66, 0.65, 0.55)));

    // When / Then
    assertEquals(Observation.Kind.STARTING_POINT, o.kind());
    assertEquals(
        "starting point: the network is close to guessing (loss 0.650, guessing gives 0.693)",
        o.text());
  }

  @Test
  void firstEpochWellBelowGuessingSaysHowFarItFell() {
    // Given / When / Then
    assertEquals(Observation.Kind.FIRST_STEP, kindOf(report(1, 0.45, 0.44, 0.8)));
  }

  @Test
  void firstEpochAboveGuessingSuggestsALowerLearningRate() {
    // Given / When
    Observation o = Observation.of(List.of(report(1, 2.1, 2.0, 0.5)));

    // Then
    assertEquals(Observation.Kind.LOSS_RISES, o.kind());
    assertTrue(o.text().contains("worse than guessing"), o.text());
  }

  @Test
  void fallingLossAndRisingAccuracyIsProgress() {
    // Given / When
    Observation o =
        Observation.of(List.of(report(1, 0.65, 0.64, 0.55), report(2, 0.50, 0.51, 0.70)));

    // Then
    assertEquals(Observation.Kind.IMPROVING, o.kind());
    assertEquals("loss falls (0.640 → 0.510) and accuracy rises (0.550 → 0.700)", o.text());
  }

  @Test
  void fallingLossWithUnchangedAccuracyExplainsTheThreshold() {
    // Given / When / Then
    assertEquals(
        Observation.Kind.LOSS_FALLS_ACCURACY_FLAT,
        kindOf(report(1, 0.65, 0.64, 0.70), report(2, 0.60, 0.59, 0.70)));
  }

  @Test
  void fallingLossWithLowerAccuracyIsNamed() {
    // Given / When / Then
    assertEquals(
        Observation.Kind.LOSS_FALLS_ACCURACY_DIPS,
        kindOf(report(1, 0.65, 0.64, 0.75), report(2, 0.60, 0.59, 0.72)));
  }

  @Test
  void changesBelowOnePercentMeanConverging() {
    // Given / When / Then
    assertEquals(
        Observation.Kind.CONVERGING,
        kindOf(report(1, 0.400, 0.420, 0.8), report(2, 0.398, 0.419, 0.81)));
  }

  @Test
  void testLossRisingWhileTrainingLossFallsIsOverfittingAndNamesTheBestEpoch() {
    // Given a test loss that bottomed out at epoch 2
    Observation o =
        Observation.of(
            List.of(
                report(1, 0.50, 0.50, 0.7),
                report(2, 0.40, 0.42, 0.8),
                report(3, 0.30, 0.45, 0.8)));

    // When / Then
    assertEquals(Observation.Kind.OVERFITTING, o.kind());
    assertTrue(o.text().startsWith("test loss rising (0.420 → 0.450) while training loss falls"));
    assertTrue(o.text().endsWith("best test loss so far was at epoch 2"), o.text());
  }

  @Test
  void lossMoreThanDoublingIsAnExplosion() {
    // Given / When / Then
    assertEquals(
        Observation.Kind.EXPLODED, kindOf(report(1, 0.6, 0.6, 0.6), report(2, 5.0, 4.8, 0.5)));
  }

  @Test
  void nonFiniteLossIsAnExplosion() {
    // Given / When / Then
    assertEquals(Observation.Kind.EXPLODED, kindOf(report(1, Double.NaN, Double.NaN, 0.5)));
  }

  @Test
  void risingLossOnBothSetsSuggestsSmallerSteps() {
    // Given / When / Then
    assertEquals(
        Observation.Kind.LOSS_RISES, kindOf(report(1, 0.5, 0.5, 0.7), report(2, 0.6, 0.62, 0.7)));
  }

  @Test
  void emptyHistoryIsRejected() {
    // Given / When / Then
    assertThrows(IllegalArgumentException.class, () -> Observation.of(List.of()));
  }
}
