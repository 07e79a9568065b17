package mllab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mllab.model.EpochReport;
import mllab.model.TrainingRun;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.pipeline.StepState;
import org.junit.jupiter.api.Test;

/** With every default, five epochs of real training tell the lesson's story. */
class LessonTest {

  @Test
  void defaultLessonLossFallsAndAccuracyRisesOverFiveEpochs() {
    // Given the bundled dataset with the lesson's split and model settings
    PipelineSession session = Lesson.session();
    assertEquals(800, session.scaledSplit().train().rows());
    assertEquals(200, session.scaledSplit().test().rows());
    // When the network trains with the defaults
    TrainingRun run = session.newTrainingRun();
    List<EpochReport> h = run.runAll(r -> {});
    // Then there are five epochs
    assertEquals(5, h.size());
    // And the per-label loss starts near guessing and falls every epoch toward 0.3–0.4
    assertTrue(
        h.get(0).testLoss() > 0.55 && h.get(0).testLoss() < 0.69,
        "first loss " + h.get(0).testLoss());
    for (int e = 1; e < h.size(); e++) {
      assertTrue(
          h.get(e).testLoss() < h.get(e - 1).testLoss(), "test loss fell at epoch " + (e + 1));
      assertTrue(
          h.get(e).trainLoss() < h.get(e - 1).trainLoss(), "train loss fell at epoch " + (e + 1));
      assertTrue(
          h.get(e).labelAccuracy() >= h.get(e - 1).labelAccuracy(),
          "accuracy rose at epoch " + (e + 1));
    }
    double last = h.get(4).testLoss();
    assertTrue(last >= 0.3 && last <= 0.4, "last loss " + last);
    // And label accuracy rises from below 0.72 to at least 0.80
    assertTrue(h.get(0).labelAccuracy() < 0.72, "first accuracy " + h.get(0).labelAccuracy());
    assertTrue(h.get(4).labelAccuracy() >= 0.80, "last accuracy " + h.get(4).labelAccuracy());
    // And the observation of every later epoch says so, derived from the numbers
    for (int e = 2; e <= 5; e++) {
      assertEquals(
          Observation.Kind.IMPROVING, Observation.of(h.subList(0, e)).kind(), "epoch " + e);
    }
  }

  @Test
  void fittingTheScalerOnAllRowsVisiblyChangesTestValuesAndTheTrainedModelsTestNumbers() {
    // Given the lesson with its default split
    PipelineSession honest = Lesson.session();
    // When the scaler is compared fitted on the training rows and on all rows
    mllab.prep.ScalerComparison leak =
        mllab.prep.ScalerComparison.leakage(mllab.prep.Scaler.MIN_MAX, honest.split());
    // Then test values change, and the train-only fit puts some of them above 1
    assertTrue(leak.differingCells() > 0, "no test value moved");
    assertTrue(leak.maxDifference() > 0.01, "largest change " + leak.maxDifference());
    assertTrue(honest.scaler().report(honest.split().test()).outsideCount() > 0);
    assertEquals(0, leakyScaler().report(honest.split().test()).outsideCount());
    // And after five epochs at least one test number the student reads differs
    List<EpochReport> a = honest.newTrainingRun().runAll(r -> {});
    PipelineSession leaky = Lesson.session();
    leaky.setFitScope(mllab.prep.FitScope.ALL_ROWS);
    List<EpochReport> b = leaky.newTrainingRun().runAll(r -> {});
    boolean differsAtThreeDecimals = false;
    for (int e = 0; e < a.size(); e++) {
      differsAtThreeDecimals |=
          !three(a.get(e).testLoss()).equals(three(b.get(e).testLoss()))
              || !three(a.get(e).labelAccuracy()).equals(three(b.get(e).labelAccuracy()));
    }
    assertTrue(differsAtThreeDecimals, "the epoch table reads the same with the leak");
  }

  private static mllab.prep.FittedScaler leakyScaler() {
    PipelineSession s = Lesson.session();
    s.setFitScope(mllab.prep.FitScope.ALL_ROWS);
    return s.scaler();
  }

  private static String three(double v) {
    return String.format(java.util.Locale.ROOT, "%.3f", v);
  }

  @Test
  void aHugeLearningRateStopsTheRunWithAMessageAndKeepsTheCurve() {
    // Given the lesson with a learning rate of 50
    PipelineSession s = Lesson.session();
    s.setTrainingConfig(s.trainingConfig().withLearningRate(50));
    TrainingRun run = s.newTrainingRun();
    // When it trains, the run stops at once with a message that says what to do
    mllab.model.TrainingDivergedException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            mllab.model.TrainingDivergedException.class, () -> run.runAll(r -> {}));
    assertTrue(e.getMessage().startsWith("the loss exploded to "), e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith("at epoch 1 (guessing gives 0.693) — lower the learning rate (now 50.0)"),
        e.getMessage());
    // And the exploded epoch stays in the history, so the curve shows where it went wrong
    assertEquals(1, run.history().size());
    assertTrue(run.finished());
  }

  @Test
  void trainingTwiceWithTheSameSeedGivesTheSameNumbers() {
    // Given two sessions on the lesson; when both train
    List<EpochReport> a = Lesson.session().newTrainingRun().runAll(r -> {});
    List<EpochReport> b = Lesson.session().newTrainingRun().runAll(r -> {});
    // Then every report is bit-identical
    assertEquals(a, b);
  }

  @Test
  void trainedSessionHasPredictionsForEveryTestRow() {
    // Given a trained lesson session
    PipelineSession s = Lesson.session();
    TrainingRun run = s.newTrainingRun();
    run.runAll(r -> {});
    // When training is reported finished
    s.trainingFinished(run);
    // Then the evaluation step is ready with 200 × 4 probabilities
    assertEquals(StepState.READY, s.states().get(Step.EVALUATION));
    assertEquals(200, s.predictions().orElseThrow().rows());
    assertEquals(4, s.predictions().orElseThrow().labelCount());
  }

  @Test
  void changingTheSplitInvalidatesTrainingAndEvaluation() {
    // Given a trained session
    PipelineSession s = Lesson.session();
    TrainingRun run = s.newTrainingRun();
    run.runAll(r -> {});
    s.trainingFinished(run);
    // When the student changes the split seed
    s.setSplit(mllab.split.SplitMethod.RANDOM, 0.2, 7);
    // Then the model and predictions are gone and the steps say so
    assertTrue(s.predictions().isEmpty());
    assertEquals(StepState.NOT_COMPUTED, s.states().get(Step.TRAINING));
    assertEquals(StepState.NOT_COMPUTED, s.states().get(Step.EVALUATION));
  }
}
