package mllab.ui.training;

import static mllab.ui.FxQueries.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.model.EpochReport;
import mllab.model.OutputActivation;
import mllab.model.RunOptions;
import mllab.model.TrainingConfig;
import mllab.model.TrainingRun;
import mllab.pipeline.PipelineSession;
import mllab.split.SplitMethod;
import mllab.text.Text;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.common.SessionModel;
import mllab.ui.common.Styles;
import mllab.ui.shell.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step 4's pos_weight and early-stopping controls as a student uses them: with a validation part
 * early stopping ends a long run and says where, without one it is off and says how to get one.
 */
@ExtendWith(ApplicationExtension.class)
class RunOptionsViewTest {

  private PipelineSession session;
  private TrainingViewModel model;

  @Start
  void start(Stage stage) {
    // The lesson with a 15 % validation part, and a run long and fast enough to overfit
    session = Lesson.session();
    session.setValidation(SplitMethod.RANDOM, 0.15);
    session.setTrainingConfig(TrainingConfig.lesson().withEpochs(300).withLearningRate(0.1));
    model = new TrainingViewModel(new SessionModel(session, BackgroundRunner.sameThread()));
    Parent root = (Parent) new TrainingView(model).createView();
    root.getStyleClass().add(Styles.APP);
    Scene scene = new Scene(root, 1280, 800);
    Theme.values()[0].apply(scene);
    stage.setScene(scene);
    stage.show();
  }

  private static void waitUntil(Callable<Boolean> condition, String what) {
    try {
      WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(condition));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(what, e);
    }
  }

  private static <T extends Node> T node(FxRobot robot, String query, Class<T> type) {
    return onFx(() -> robot.lookup(query).queryAs(type));
  }

  /**
   * The settings, the charts, the table and the network come a pulse each after the first frame.
   */
  @org.junit.jupiter.api.BeforeEach
  void screenFilledIn(FxRobot robot) {
    mllab.ui.FxQueries.awaitTrainingScreen(robot);
  }

  @Test
  void earlyStoppingTurnedOnEndsTheRunAndSaysWhichEpochIsKept(FxRobot robot) {
    robot.clickOn("#" + NodeIds.TRAIN_SPEED).type(KeyCode.END);
    // Given the early-stopping box, off by default: the student ticks it with the mouse
    TrainingViewTest.reveal(robot, "#" + NodeIds.SETTING_EARLY_STOPPING);
    CheckBox box = node(robot, "#" + NodeIds.SETTING_EARLY_STOPPING, CheckBox.class);
    assertFalse(onFx(box::isSelected));
    robot.clickOn("#" + NodeIds.SETTING_EARLY_STOPPING);
    // and lowers the patience from 5 to 3 with the keyboard
    robot.type(KeyCode.TAB).type(KeyCode.DOWN, 2);
    waitUntil(
        () -> model.settings().patienceProperty().get() == 3, "the patience did not become 3");
    assertEquals(new RunOptions(3, false), onFx(session::runOptions));

    // When Play trains
    TrainingViewTest.reveal(robot, "#train-play");
    robot.clickOn("#train-play");
    waitUntil(
        () -> model.finishedProperty().get() && !model.noteProperty().get().isEmpty(),
        "the run did not finish");

    // Then the run stopped before its 300 epochs, 3 epochs after its lowest validation loss
    List<EpochReport> shown = onFx(() -> List.copyOf(model.display().reports()));
    int stop = shown.size();
    assertTrue(stop < 300, "stopped at " + stop);
    int kept = 1;
    for (EpochReport r : shown) {
      if (r.validationLoss() < shown.get(kept - 1).validationLoss()) {
        kept = r.epoch();
      }
    }
    assertEquals(stop - 3, kept);
    // and the note under the buttons says so with the run's numbers
    String expected =
        Text.get(
            "training.note.stoppedEarly",
            String.valueOf(stop),
            "300",
            "3",
            String.valueOf(kept),
            String.format(Locale.ROOT, "%.3f", shown.get(kept - 1).validationLoss()));
    assertEquals(expected, node(robot, "#train-note", Label.class).getText());
    assertTrue(onFx(() -> node(robot, "#train-note", Label.class).isVisible()));
    // and Evaluation gets the kept epoch's weights, not the last epoch's
    TrainingRun run = onFx(model::run);
    assertEquals(run.bestModel(), onFx(() -> session.model().orElseThrow()));
    assertNotEquals(run.model(), onFx(() -> session.model().orElseThrow()));
  }

  @Test
  void withoutAValidationPartEarlyStoppingIsOffAndSaysHowToGetOne(FxRobot robot) {
    robot.clickOn("#" + NodeIds.TRAIN_SPEED).type(KeyCode.END);
    // Given early stopping switched on from the keyboard
    TrainingViewTest.reveal(robot, "#" + NodeIds.SETTING_EARLY_STOPPING);
    CheckBox box = node(robot, "#" + NodeIds.SETTING_EARLY_STOPPING, CheckBox.class);
    robot.interact(box::requestFocus);
    robot.type(KeyCode.SPACE);
    waitUntil(() -> session.runOptions().earlyStopping(), "early stopping did not turn on");
    Label reason = node(robot, "#" + NodeIds.EARLY_STOPPING_REASON, Label.class);
    assertFalse(onFx(reason::isVisible));

    // When step 3's validation part is set to 0 %
    robot.interact(() -> session.setValidation(SplitMethod.RANDOM, 0));
    waitUntil(box::isDisabled, "early stopping stayed enabled without validation rows");

    // Then early stopping is off and disabled, and the reason names step 3's box
    assertFalse(onFx(box::isSelected));
    assertTrue(onFx(() -> node(robot, "#" + NodeIds.SETTING_PATIENCE, Node.class).isDisabled()));
    assertTrue(onFx(reason::isVisible));
    assertEquals(
        Text.get("training.earlyStopping.needsValidation", Text.get("split.validation")),
        onFx(reason::getText));
    assertEquals(onFx(reason::getText), onFx(box::getAccessibleHelp));
    assertFalse(onFx(() -> session.runOptions().earlyStopping()));
    // and Play still trains, without it
    TrainingViewTest.reveal(robot, "#train-play");
    robot.clickOn("#train-play");
    waitUntil(() -> model.finishedProperty().get(), "the run did not finish");
    assertEquals("", onFx(() -> model.failureProperty().get()));
    assertFalse(onFx(() -> model.run().stoppedEarly()));

    // When the validation part comes back, the box can be ticked again
    robot.interact(() -> session.setValidation(SplitMethod.RANDOM, 0.15));
    waitUntil(() -> !box.isDisabled(), "early stopping stayed disabled with validation rows");
    assertFalse(onFx(reason::isVisible));
  }

  @Test
  void posWeightWithSoftmaxOutputsIsRefusedBesideTheBox(FxRobot robot) {
    // Given pos_weight ticked from the keyboard (focus on the box, Space)
    TrainingViewTest.reveal(robot, "#" + NodeIds.SETTING_POS_WEIGHT);
    javafx.scene.control.CheckBox weighting =
        node(robot, "#" + NodeIds.SETTING_POS_WEIGHT, javafx.scene.control.CheckBox.class);
    robot.interact(weighting::requestFocus);
    robot.type(KeyCode.SPACE);
    waitUntil(() -> session.runOptions().positiveWeighting(), "pos_weight did not turn on");
    Label error = node(robot, "#" + NodeIds.SETTING_POS_WEIGHT_ERROR, Label.class);
    assertFalse(onFx(error::isVisible));

    // When the output is switched to softmax
    robot.interact(() -> model.settings().outputProperty().set(OutputActivation.SOFTMAX));

    // Then the engine's reason shows beside the box and Play waits for a fix
    waitUntil(error::isVisible, "no message beside pos_weight");
    assertEquals(
        Text.get("engine.model.posWeightNeedsSigmoid", OutputActivation.SOFTMAX.toString()),
        onFx(error::getText));
    assertTrue(onFx(() -> node(robot, "#train-play", Node.class).isDisabled()));

    // When the box is unticked (Space again), the softmax run can start
    robot.interact(weighting::requestFocus);
    robot.type(KeyCode.SPACE);
    waitUntil(() -> !error.isVisible(), "the message stayed");
    assertFalse(onFx(() -> node(robot, "#train-play", Node.class).isDisabled()));
    assertEquals(OutputActivation.SOFTMAX, onFx(() -> session.trainingConfig().output()));
    assertEquals(RunOptions.NONE, onFx(session::runOptions));
  }
}
