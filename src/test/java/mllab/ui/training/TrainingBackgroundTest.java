package mllab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.pipeline.StepState;
import mllab.ui.common.FxBackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.common.SessionModel;
import mllab.ui.common.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Training on the app's real background runner: the FX thread stays free, Pause really stops. */
@ExtendWith(ApplicationExtension.class)
class TrainingBackgroundTest {

  private PipelineSession session;
  private TrainingViewModel model;
  private TrainingView view;
  private FxBackgroundRunner runner;

  @Start
  void start(Stage stage) {
    session = Lesson.session();
    runner = new FxBackgroundRunner();
    model = new TrainingViewModel(new SessionModel(session, runner));
    view = new TrainingView(model);
    Parent root = (Parent) view.createView();
    root.getStyleClass().add(Styles.APP);
    stage.setScene(new Scene(root, 1280, 800));
    stage.show();
  }

  @BeforeEach
  void manyEpochsAtTwentyPerSecond(FxRobot robot) {
    // The settings, the charts, the table and the network come a pulse each after the first frame
    mllab.ui.FxQueries.awaitTrainingScreen(robot);
    robot.clickOn("#setting-epochs").push(KeyCode.CONTROL, KeyCode.A).write("200");
    robot.clickOn("#" + NodeIds.TRAIN_SPEED).type(KeyCode.HOME).type(KeyCode.RIGHT, 3);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Speed.TWENTY_PER_SECOND, model.speedProperty().get());
    assertEquals(200, session.trainingConfig().epochs());
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(model::cancel);
    runner.shutdown();
  }

  private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
  }

  @Test
  void pauseStopsTheCountAndStepAddsOne(FxRobot robot) throws Exception {
    robot.clickOn("#train-play");
    waitUntil(() -> model.display().epochsDoneProperty().get() >= 2);

    // While running, settings that shape the run are locked and only Pause is offered
    assertTrue(robot.lookup("#setting-epochs").queryAs(TextField.class).isDisabled());
    assertTrue(robot.lookup("#train-play").queryAs(Button.class).isDisabled());
    assertTrue(
        robot
            .lookup("#" + NodeIds.SETTINGS_TITLE)
            .queryAs(Label.class)
            .getText()
            .startsWith("Hyper-parameters are locked while training runs"));
    assertEquals(StepState.COMPUTING, session.states().get(Step.TRAINING));

    robot.clickOn("#train-pause");
    waitUntil(() -> !model.runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();

    int shown = robot.lookup("#" + NodeIds.EPOCH_TABLE).queryAs(TableView.class).getItems().size();
    assertTrue(shown >= 2 && shown < 200, "paused after " + shown);
    assertEquals(shown, model.run().epochsDone());
    assertEquals(shown, view.testLossSeries().getItemCount());
    assertEquals(shown, session.finishedRun().orElseThrow().epochsDone());
    assertTrue(
        robot
            .lookup("#train-note")
            .queryAs(Label.class)
            .getText()
            .startsWith("Paused after epoch " + shown + " of 200"));
    assertFalse(robot.lookup("#setting-epochs").queryAs(TextField.class).isDisabled());

    robot.clickOn("#train-step");
    waitUntil(
        () ->
            !model.runningProperty().get()
                && model.display().epochsDoneProperty().get() == shown + 1);
    assertEquals(shown + 1, model.run().epochsDone());
    assertEquals(shown + 1, view.testLossSeries().getItemCount());
  }

  @Test
  void cancelOnCloseStopsTrainingAndKeepsTheEpochsSoFar(FxRobot robot) throws Exception {
    robot.clickOn("#train-play");
    waitUntil(() -> model.display().epochsDoneProperty().get() >= 1);

    robot.interact(model::cancel);

    assertFalse(model.runningProperty().get());
    assertFalse(session.isTraining());
    int kept = session.finishedRun().orElseThrow().epochsDone();
    assertTrue(kept >= 1 && kept < 200, "kept " + kept);
    // an epoch finishing on the worker while Cancel runs is kept but may not be drawn any more
    int drawn = model.display().epochsDoneProperty().get();
    assertTrue(kept == drawn || kept == drawn + 1, "kept " + kept + ", drawn " + drawn);
  }
}
