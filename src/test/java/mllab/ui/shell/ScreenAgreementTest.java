package mllab.ui.shell;

import static mllab.ui.FxQueries.byId;
import static mllab.ui.FxQueries.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.lesson.Lesson;
import mllab.lesson.StepCards;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.ThresholdState;
import mllab.prep.ScalingReport;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.evaluation.EvaluationView;
import mllab.ui.evaluation.TrainedLesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The same agreement as {@link ScreenAgreementPropertyTest}, through the real controls: a student
 * clicks the split methods, the tuning buttons and keys the slider, and every number on the screen
 * must come from the state the pipeline is in, never from the one before.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenAgreementTest {

  @TempDir static Path progressFolder;

  private PipelineSession pipeline;

  @Start
  void start(Stage stage) {
    pipeline = Lesson.session();
    new MainWindow(
            pipeline,
            BackgroundRunner.sameThread(),
            new mllab.persist.ProgressStore(progressFolder))
        .show(stage);
  }

  /**
   * Clicks like a student, then lets the window catch up (layout, pending updates) before looking.
   */
  private static void click(FxRobot robot, String query) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(query);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void key(FxRobot robot, KeyCode code) {
    robot.type(code);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void stepTwoNoteAndPythonCountTheSameTestValuesAfterTheSplitMethodChanges(FxRobot robot) {
    // Given step 3, where the student switches Random -> Iterative -> Random
    key(robot, KeyCode.DIGIT3);
    for (String method :
        new String[] {
          "#" + NodeIds.SPLIT_STRATIFIED, "#" + NodeIds.SPLIT_RANDOM, "#" + NodeIds.SPLIT_STRATIFIED
        }) {
      robot.clickOn(method);
      WaitForAsyncUtils.waitForFxEvents();

      // When they go to step 2
      key(robot, KeyCode.DIGIT2);

      // Then the note and the Python output count the values of the split in force
      ScalingReport r = pipeline.scaler().report(pipeline.split().test());
      String note = text(robot, NodeIds.SCALING_TEST_NOTE);
      if (r.allInside()) {
        assertEquals(Text.get("preprocessing.scalerLearnedMinMax"), note, method);
      } else {
        assertTrue(note.contains(r.outsideCount() + " of " + r.totalCells()), note + " " + method);
      }
      String python = text(robot, "python-output");
      assertTrue(python.endsWith("\n" + r.outsideCount()), python + " " + method);
      key(robot, KeyCode.DIGIT3);
    }
  }

  @Test
  void everyStepFiveNumberFollowsF1OptimalPCutAndTheSlider(FxRobot robot) throws Exception {
    // Given a trained lesson on step 5
    robot.interact(() -> TrainedLesson.train(pipeline));
    key(robot, KeyCode.DIGIT5);

    // When the student clicks F1-optimal: the co-occurrence table agrees with the tiles
    click(robot, "#" + NodeIds.F1_OPTIMAL_BUTTON);
    assertTrue(pipeline.thresholdState().perLabel());
    assertStepFiveAgrees(robot);
    assertTrue(
        byId(robot, NodeIds.THRESHOLD_SLIDER).isDisabled(), "per-label: the main slider is off");

    // When they click PCut: one threshold for every label, shown with its digits on the slider
    click(robot, "#" + NodeIds.PCUT_BUTTON);
    ThresholdState pcut = pipeline.thresholdState();
    assertFalse(pcut.perLabel());
    assertEquals(Decimals.threshold(pcut.global()), text(robot, NodeIds.THRESHOLD_VALUE));
    assertFalse(byId(robot, NodeIds.THRESHOLD_SLIDER).isDisabled());
    assertStepFiveAgrees(robot);

    // When they key the slider down to 0.30
    robot.interact(() -> byId(robot, NodeIds.THRESHOLD_SLIDER).requestFocus());
    while (pipeline.thresholdState().global() > 0.30) {
      key(robot, KeyCode.LEFT);
    }
    assertEquals("0.30", text(robot, NodeIds.THRESHOLD_VALUE));
    assertStepFiveAgrees(robot);
  }

  @Test
  void tryItKeepsTheStudentsThresholdAndLeadsBackToTheQuestion(FxRobot robot) {
    // Given a trained lesson with the threshold keyed to 0.45 on step 5
    robot.interact(() -> TrainedLesson.train(pipeline));
    key(robot, KeyCode.DIGIT5);
    robot.interact(() -> byId(robot, NodeIds.THRESHOLD_SLIDER).requestFocus());
    for (int i = 0; i < 5; i++) {
      key(robot, KeyCode.LEFT);
    }
    assertEquals("0.45", text(robot, NodeIds.THRESHOLD_VALUE));

    // When the student opens a quiz question in Learn and clicks "Try it in the app"
    robot.interact(() -> byId(robot, NodeIds.THRESHOLD_SLIDER).getScene().getRoot().requestFocus());
    key(robot, KeyCode.L);
    click(robot, "#entry-model-quiz");
    String meta = text(robot, "question-meta");
    click(robot, "#try-it-button");

    // Then a bar says nothing was reset, and the threshold is still theirs
    assertTrue(byId(robot, NodeIds.TRY_IT_BAR).isVisible());
    assertEquals(0.45, pipeline.thresholdState().global());

    // And its button leads back to the same question, and the bar goes
    click(robot, "#" + NodeIds.BACK_TO_QUESTION);
    assertEquals(meta, text(robot, "question-meta"));
    assertFalse(
        robot
            .lookup("#" + NodeIds.TRY_IT_BAR)
            .tryQuery()
            .map(javafx.scene.Node::isVisible)
            .orElse(false));
  }

  /** The number on a confusion cell ("TP" above "57"). */
  private static int count(String cell) {
    return Integer.parseInt(
        cell.substring(Math.max(cell.lastIndexOf(' '), cell.lastIndexOf('\n')) + 1));
  }

  private void assertStepFiveAgrees(FxRobot robot) throws Exception {
    Predictions p = pipeline.predictions().orElseThrow();
    MetricReport r = MetricReport.of(p, pipeline.thresholdState().thresholds());
    for (int k = 0; k < p.labelCount(); k++) {
      int tp = r.confusion(k).tp();
      int fp = r.confusion(k).fp();
      assertEquals(tp, count(text(robot, "confusion-" + k + "-TP")), "TP of label " + k);
      assertEquals(fp, count(text(robot, "confusion-" + k + "-FP")), "FP of label " + k);
      String pair = text(robot, "pair-" + k + "-" + k);
      assertEquals(
          tp + fp,
          Integer.parseInt(pair.substring(0, pair.indexOf(' '))),
          "the table's predicted count of label " + k + " is its tile's TP + FP");
    }
    assertEquals(EvaluationView.format(r.hammingLoss()), text(robot, "metric-HAMMING_LOSS"));
    String python = StepCards.evaluation(p, pipeline.thresholdState().thresholds(), r).output();
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> python.equals(text(robot, "python-output")));
    assertEquals(
        Double.parseDouble(text(robot, "metric-HAMMING_LOSS")),
        Double.parseDouble(python.split("\\s+")[0]),
        0,
        "card and Python round alike");
  }
}
