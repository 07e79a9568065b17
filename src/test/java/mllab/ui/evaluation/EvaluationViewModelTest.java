package mllab.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mllab.eval.Metric;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.ThresholdSweep;
import mllab.eval.Thresholds;
import mllab.pipeline.PipelineSession;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EvaluationViewModelTest {

  private static PipelineSession session;
  private static Predictions predictions;
  private EvaluationViewModel model;
  private int l;

  @BeforeAll
  static void train() {
    session = TrainedLesson.session();
    predictions = session.predictions().orElseThrow();
  }

  @BeforeEach
  void setUp() {
    // Thresholds are pipeline state: each test starts from the lesson's 0.5, as a new student does.
    session.setThresholdState(mllab.pipeline.ThresholdState.lesson(session.dataset().labelCount()));
    model = new EvaluationViewModel(new SessionModel(session, BackgroundRunner.sameThread()));
    l = predictions.labelCount();
  }

  @Test
  void startsAtHalfWithEveryRowShownAndTheSweepReady() {
    // Given a trained session / When the view model opens / Then
    assertTrue(model.readyProperty().get());
    assertEquals(0.5, model.thresholdProperty().get());
    assertSameMetrics(
        MetricReport.of(predictions, Thresholds.global(0.5, l)), model.reportProperty().get());
    assertEquals(predictions.rows(), model.shownRows().size());
    assertNotNull(model.sweepProperty().get());
    assertNotNull(model.rankingProperty().get());
  }

  @Test
  void aFilterFromTheLastModelIsDroppedWhenNewPredictionsArrive() {
    // Given its own trained lesson, the table filtered to the errors on label 3
    PipelineSession own = TrainedLesson.session();
    EvaluationViewModel vm =
        new EvaluationViewModel(new SessionModel(own, BackgroundRunner.sameThread()));
    vm.setFilter(mllab.ui.evaluation.RowFilter.errorOn(2));
    assertTrue(vm.shownRows().size() < 200, "filtered: " + vm.shownRows().size());
    // When the split changes to 70/30 (300 test rows, more than before) and it is trained again
    own.setSplit(own.splitMethod(), 0.3, own.splitSeed());
    TrainedLesson.train(own);
    // Then the filter is off and every new test row is shown, none judged by the old predictions
    assertEquals(mllab.ui.evaluation.RowFilter.all(), vm.filterProperty().get());
    assertEquals(300, vm.shownRows().size());
  }

  @Test
  void thresholdSnapsToHundredthsAndIsClamped() {
    // When a drag delivers an unrounded value / Then the 0.01 grid value is used
    model.setThreshold(0.5 + 0.01 * 30);
    assertEquals(0.8, model.thresholdProperty().get());
    assertSameMetrics(
        MetricReport.of(predictions, Thresholds.global(0.8, l)), model.reportProperty().get());
    model.setThreshold(1.7);
    assertEquals(1.0, model.thresholdProperty().get());
    model.setThreshold(-0.2);
    assertEquals(0.0, model.thresholdProperty().get());
  }

  @Test
  void f1OptimalUsesTheSweepsPerLabelThresholdsAndSaysItIsOptimistic() {
    // When / Then
    model.useF1Optimal();
    Thresholds expected = ThresholdSweep.of(predictions).f1OptimalThresholds();
    assertTrue(model.perLabelProperty().get());
    assertEquals(expected, model.thresholdsProperty().get());
    assertFalse(model.tuningProperty().get().isEmpty());
    assertTrue(
        Metric.MACRO_F1.valueIn(model.reportProperty().get())
            >= Metric.MACRO_F1.valueIn(MetricReport.of(predictions, Thresholds.global(0.5, l))));
  }

  @Test
  void pCutMatchesTheTrainingCardinality() {
    // When
    model.usePCut();
    // Then one threshold for every label, the one PCut picks for the training cardinality
    double t = ThresholdSweep.of(predictions).pCut(model.trainCardinality()).threshold();
    assertEquals(Thresholds.global(t, l), model.thresholdsProperty().get());
    assertTrue(model.tuningProperty().get().startsWith("PCut"));
  }

  @Test
  void aTuningStillWorkedOutLosesToWhatTheStudentDidAfterIt() {
    // Given the view model with a worker that is still busy (its sweep and snapshot already in)
    mllab.ui.HeldRunner runner = new mllab.ui.HeldRunner();
    EvaluationViewModel vm = new EvaluationViewModel(new SessionModel(session, runner));
    runner.runAll();

    // When PCut is clicked and the slider moved to 0.3 before PCut's threshold is found
    vm.usePCut();
    vm.setThreshold(0.3);
    runner.runAll();

    // Then the slider's 0.3 stays in force
    assertEquals(mllab.pipeline.ThresholdState.global(0.3, l), session.thresholdState());

    // When F1-optimal is clicked, then PCut, and F1-optimal's thresholds are found after PCut's
    vm.useF1Optimal();
    vm.usePCut();
    runner.runNext();
    runner.runAll();

    // Then PCut, the last click, is in force
    assertEquals(mllab.pipeline.ThresholdState.Tuning.PCUT, session.thresholdState().tuning());
  }

  @Test
  void outcomeFilterFollowsTheThreshold() {
    // Given the rows with a false negative on label 0
    model.setFilter(RowFilter.outcome(0, Outcome.FN));
    assertEquals(model.reportProperty().get().confusion(0).fn(), model.shownRows().size());
    // When the threshold rises, more positives are missed / Then the filter re-applies
    model.setThreshold(0.9);
    assertEquals(model.reportProperty().get().confusion(0).fn(), model.shownRows().size());
    // When no-prediction rows are asked for
    model.setFilter(RowFilter.noPrediction());
    assertEquals(model.reportProperty().get().rowsWithNoPrediction(), model.shownRows().size());
    // When the threshold moves again while they are listed / Then the list follows it
    model.setThreshold(0.6);
    int empty = model.reportProperty().get().rowsWithNoPrediction();
    assertTrue(empty > 0 && empty < predictions.rows(), empty + " rows with no label at 0.6");
    assertEquals(empty, model.shownRows().size());
    // When all rows again
    model.setFilter(RowFilter.all());
    assertEquals(predictions.rows(), model.shownRows().size());
  }

  @Test
  void pairCountsDiagonalIsEachLabelsPredictedAndTrueCount() {
    // Given threshold 0.5 / Then the diagonal is the predicted positives and the supports
    MetricReport r = model.reportProperty().get();
    int[][] predicted = model.predictedPairsProperty().get();
    int[][] truth = model.truePairsProperty().get();
    int[] labels = model.snapshotProperty().get().pairLabels();
    assertEquals(Math.min(l, CardinalityViewModel.PAIR_LABELS), labels.length);
    for (int a = 0; a < labels.length; a++) {
      int k = labels[a];
      assertEquals(r.confusion(k).predictedPositives(), predicted[a][a]);
      assertEquals(predictions.support(k), truth[a][a]);
    }
  }

  @Test
  void perLabelModeStartsFromTheGlobalThreshold() {
    // Given a global threshold of 0.3
    model.setThreshold(0.3);
    // When per-label mode is switched on and one label moved
    model.setPerLabel(true);
    model.setLabelThreshold(2, 0.7);
    // Then
    assertEquals(List.of(0.3, 0.3, 0.7, 0.3), model.labelThresholds());
    model.setPerLabel(false);
    assertEquals(Thresholds.global(0.3, l), model.thresholdsProperty().get());
  }

  private static void assertSameMetrics(MetricReport expected, MetricReport actual) {
    for (Metric m : Metric.values()) {
      assertEquals(m.valueIn(expected), m.valueIn(actual), m.displayName());
    }
  }
}
