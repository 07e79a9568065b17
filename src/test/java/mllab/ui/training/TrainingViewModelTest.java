package mllab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.collections.ListChangeListener;
import mllab.eval.Predictions;
import mllab.lesson.Lesson;
import mllab.lesson.Observation;
import mllab.model.EpochReport;
import mllab.model.OutputActivation;
import mllab.model.Trainer;
import mllab.model.TrainingConfig;
import mllab.model.TrainingRun;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.pipeline.StepState;
import mllab.split.Split;
import mllab.split.SplitMethod;
import mllab.text.Text;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrainingViewModelTest {

  private PipelineSession session;
  private TrainingViewModel vm;

  @BeforeEach
  void setUp() {
    session = Lesson.session();
    vm = new TrainingViewModel(new SessionModel(session, BackgroundRunner.sameThread()));
    vm.speedProperty().set(Speed.MAX);
  }

  private List<EpochReport> independentRun(TrainingConfig config) {
    Split s = session.scaledSplit();
    TrainingRun run = new Trainer(config).start(s.train(), s.test());
    return run.runAll(r -> {});
  }

  @Test
  void playTrainsTheConfiguredEpochsBitIdenticalToAnIndependentRun() {
    // Given the lesson's defaults (5 epochs, seed 42)
    // When the student presses Play
    vm.play();
    // Then there is one report and one table row per epoch, equal to a fresh run's
    List<EpochReport> expected = independentRun(TrainingConfig.lesson());
    assertEquals(5, expected.size());
    assertEquals(expected, List.copyOf(vm.display().reports()));
    assertEquals(5, vm.display().rows().size());
    for (int i = 0; i < 5; i++) {
      assertEquals(expected.get(i), vm.display().rows().get(i).report());
      assertEquals(
          Observation.of(expected.subList(0, i + 1)).text(),
          vm.display().rows().get(i).observation());
    }
    assertEquals("epoch 5 of 5", vm.display().progressTextProperty().get());
    assertEquals(1.0, vm.display().progressProperty().get());
    assertFalse(vm.runningProperty().get());
    assertTrue(vm.noteProperty().get().startsWith("Finished 5 epochs"), vm.noteProperty().get());
  }

  @Test
  void theLessonTraceShowsLossFallingAndAccuracyRising() {
    vm.play();
    List<EpochReport> r = vm.display().reports();
    assertTrue(r.get(4).testLoss() < r.get(0).testLoss());
    assertTrue(r.get(4).labelAccuracy() > r.get(0).labelAccuracy());
  }

  @Test
  void finishedTrainingHandsTheRunToTheSessionForEvaluation() {
    vm.play();
    assertSame(vm.run(), session.finishedRun().orElseThrow());
    assertTrue(session.predictions().isPresent());
    assertEquals(StepState.READY, session.states().get(Step.EVALUATION));
  }

  @Test
  void stepAddsExactlyOneEpoch() {
    vm.step();
    assertEquals(1, vm.display().reports().size());
    vm.step();
    assertEquals(2, vm.display().reports().size());
    assertEquals(
        independentRun(TrainingConfig.lesson()).subList(0, 2), List.copyOf(vm.display().reports()));
    assertEquals("epoch 2 of 5", vm.display().progressTextProperty().get());
  }

  @Test
  void resetClearsCurvesAndTableAndStartsFromTheSeedAgain() {
    vm.step();
    vm.step();
    vm.reset();
    assertTrue(vm.display().reports().isEmpty());
    assertTrue(vm.display().rows().isEmpty());
    assertEquals("epoch 0 of 5", vm.display().progressTextProperty().get());
    vm.play();
    assertEquals(independentRun(TrainingConfig.lesson()), List.copyOf(vm.display().reports()));
  }

  @Test
  void pauseStopsAfterTheEpochInProgressAndPlayContinues() {
    // Given a pause requested as soon as the first epoch is shown
    ListChangeListener<EpochReport> pauseAtFirst = c -> vm.pause();
    vm.display().reports().addListener(pauseAtFirst);
    // When Play runs
    vm.play();
    // Then training stops after that epoch and the session keeps the best epoch so far
    assertEquals(1, vm.display().reports().size());
    assertEquals(1, vm.run().epochsDone());
    assertFalse(vm.runningProperty().get());
    assertTrue(
        vm.noteProperty().get().equals(Text.get("training.note.paused.resumable", "1", "5", "1")));
    assertEquals(1, session.finishedRun().orElseThrow().epochsDone());
    // And Play continues the same run to the end
    vm.display().reports().removeListener(pauseAtFirst);
    vm.play();
    assertEquals(independentRun(TrainingConfig.lesson()), List.copyOf(vm.display().reports()));
  }

  @Test
  void aPausedRunsNoteNamesTheEpochEvaluationReallyUses() {
    // Given a long run stepped one epoch at a time up to the first epoch whose loss is not the
    // lowest so far (Step leaves the run paused, as Pause does)
    vm.settings().epochs().textProperty().set("200");
    vm.settings().learningRate().textProperty().set("1");
    do {
      vm.step();
    } while (vm.run().bestEpoch() == vm.run().epochsDone() && vm.run().epochsDone() < 200);
    // Then Evaluation uses the last epoch's weights, not the best epoch's, and the note says so
    TrainingRun run = vm.run();
    int done = run.epochsDone();
    assertTrue(
        done < 200 && run.bestEpoch() < done, "paused at " + done + ", best " + run.bestEpoch());
    assertSame(run.model(), session.model().orElseThrow());
    assertEquals(done, PipelineSession.evaluationEpoch(run));
    assertEquals(
        mllab.text.Text.get(
            "training.note.paused.resumable", String.valueOf(done), "200", String.valueOf(done)),
        vm.noteProperty().get());
  }

  @Test
  void cancelStopsAtOnceAndKeepsTheCompletedEpochs() {
    vm.display().reports().addListener((ListChangeListener<EpochReport>) c -> vm.cancel());
    vm.play();
    assertEquals(1, vm.display().reports().size());
    assertFalse(vm.runningProperty().get());
    assertFalse(session.isTraining());
    assertEquals(1, session.finishedRun().orElseThrow().epochsDone());
    assertTrue(
        vm.noteProperty().get().equals(Text.get("training.note.stopped.resumable", "1", "5", "1")));
  }

  @Test
  void atFullSpeedReportsAreHandedOverInBatches() {
    // Given 200 fast epochs, a hand-over gap longer than the whole run (so the clock cannot
    // decide the count) and a count of the hand-overs to the FX thread
    vm.settings().epochs().textProperty().set("200");
    vm.setHandOverGapNanos(3_600_000_000_000L);
    int[] changes = {0};
    vm.display().reports().addListener((ListChangeListener<EpochReport>) c -> changes[0]++);
    // When Play trains them at full speed
    vm.play();
    // Then every epoch arrives, all in the first hand-over plus the final one
    assertEquals(200, vm.display().reports().size());
    assertEquals(200, vm.display().rows().size());
    assertTrue(changes[0] <= 2, changes[0] + " hand-overs");
  }

  @Test
  void anExplodingLearningRateShowsTheTrainersMessageAndPlayStaysUsable() {
    // Given plain SGD without momentum at learning rate 50
    vm.settings().learningRate().textProperty().set("50");
    // When Play runs
    vm.play();
    // Then the run stops with the advice and the failed epoch is marked
    String failure = vm.failureProperty().get();
    assertTrue(failure.startsWith("Training stopped: the loss exploded to "), failure);
    assertTrue(failure.contains(" at epoch 1 (guessing gives 0.693)"), failure);
    assertTrue(failure.contains("lower the learning rate (now 50.0)"), failure);
    assertEquals(1, vm.failedEpochProperty().get());
    assertEquals(1, vm.display().reports().size());
    // And the exploded epoch is not handed to Evaluation: there is no model to evaluate yet
    assertTrue(failure.endsWith(Text.get("training.noEpochBeforeExplosion")), failure);
    assertTrue(session.predictions().isEmpty());
    assertFalse(vm.runningProperty().get());
    assertTrue(vm.canTrain().get());
    // And after lowering the rate, Play trains normally again
    vm.settings().learningRate().textProperty().set("0.05");
    assertEquals("", vm.failureProperty().get());
    vm.play();
    assertEquals(5, vm.display().reports().size());
  }

  @Test
  void aLossThatIsNoLongerANumberShowsTheTrainersMessage() {
    vm.settings().learningRate().textProperty().set("1e200");
    vm.play();
    String failure = vm.failureProperty().get();
    assertTrue(failure.startsWith("Training stopped: the loss became"), failure);
    assertTrue(failure.contains("lower the learning rate (now 1.0E200)"), failure);
    assertEquals(vm.failedEpochProperty().get() - 1, vm.display().reports().size());
    assertTrue(vm.canTrain().get());
  }

  @Test
  void hugeOrMistypedSizesSayWhatIsWrongWithTheValue() {
    // Eleven digits are a whole number, just far too large for a setting
    vm.settings().epochs().textProperty().set("99999999999");
    assertEquals(
        "epochs \"99999999999\" is far too large; type a smaller whole number",
        vm.settings().epochs().errorProperty().get());
    // A hidden layer of 50000 units (one 0 too many) is refused before any network is built
    vm.settings().hidden().textProperty().set("16,50000");
    assertTrue(
        vm.settings().hidden().errorProperty().get().startsWith("hidden layer 2 has 50000 units"),
        vm.settings().hidden().errorProperty().get());
    assertFalse(vm.canTrain().get());
  }

  @Test
  void invalidSettingsShowTheEnginesMessageAndDoNotReachTheSession() {
    vm.settings().learningRate().textProperty().set("-1");
    assertEquals(
        "learning rate -1 must be > 0 (try 0.01 to 0.1)",
        vm.settings().learningRate().errorProperty().get());
    assertFalse(vm.canTrain().get());
    assertEquals(0.025, session.trainingConfig().learningRate());

    vm.settings().learningRate().textProperty().set("abc");
    assertTrue(vm.settings().learningRate().errorProperty().get().contains("is not a number"));

    vm.settings().hidden().textProperty().set("16,0");
    assertTrue(
        vm.settings().hidden().errorProperty().get().startsWith("hidden layer 2 has 0 units"),
        vm.settings().hidden().errorProperty().get());

    vm.settings().learningRate().textProperty().set("0.1");
    vm.settings().hidden().textProperty().set("32,16");
    assertTrue(vm.canTrain().get());
    assertEquals(0.1, session.trainingConfig().learningRate());
    assertEquals(2, session.trainingConfig().hiddenLayers().length);
  }

  @Test
  void changingASettingStartsAFreshRunWithIt() {
    vm.play();
    vm.settings().epochs().textProperty().set("8");
    assertTrue(vm.display().reports().isEmpty());
    assertEquals(8, session.trainingConfig().epochs());
    vm.play();
    assertEquals(
        independentRun(TrainingConfig.lesson().withEpochs(8)), List.copyOf(vm.display().reports()));
  }

  @Test
  void anUpstreamChangeClearsTheRun() {
    vm.play();
    session.setSplit(SplitMethod.ITERATIVE_STRATIFICATION, 0.2, 42);
    assertTrue(vm.display().reports().isEmpty());
    assertEquals("epoch 0 of 5", vm.display().progressTextProperty().get());
  }

  @Test
  void softmaxPredictsAtMostOneLabelMoreOftenThanSigmoid() {
    vm.settings().epochs().textProperty().set("20");
    vm.play();
    double sigmoid = atMostOneLabel(session.predictions().orElseThrow());

    vm.settings().outputProperty().set(OutputActivation.SOFTMAX);
    vm.play();
    double softmax = atMostOneLabel(session.predictions().orElseThrow());

    assertEquals(1.0, softmax);
    assertTrue(softmax > sigmoid, "softmax " + softmax + " vs sigmoid " + sigmoid);
  }

  @Test
  void theSampleProbabilitiesFollowTheModelAndTheChosenRow() {
    double[] before = vm.display().sampleProbabilitiesProperty().get();
    assertEquals(4, before.length);
    vm.step();
    double[] after = vm.display().sampleProbabilitiesProperty().get();
    assertNotEquals(before[0], after[0]);
    vm.display().sampleRowProperty().set(3);
    double[] expected =
        vm.display()
            .modelProperty()
            .get()
            .predictProbabilities(session.scaledSplit().test().featureRow(3));
    assertEquals(expected[0], vm.display().sampleProbabilitiesProperty().get()[0]);
  }

  private static double atMostOneLabel(Predictions p) {
    int count = 0;
    for (int i = 0; i < p.rows(); i++) {
      int on = 0;
      for (int k = 0; k < p.labelCount(); k++) {
        if (p.probability(i, k) >= 0.5) {
          on++;
        }
      }
      if (on <= 1) {
        count++;
      }
    }
    return count / (double) p.rows();
  }
}
