package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.persist.ProgressStore;
import mllab.pipeline.PipelineSession;
import mllab.ui.common.FxBackgroundRunner;
import mllab.ui.common.NodeIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A student who clicks elsewhere while the network trains, on the app's real background runner. */
@ExtendWith(ApplicationExtension.class)
class MidTrainingTest {

  @TempDir static Path home;

  private MainWindow window;
  private PipelineSession session;
  private final FxBackgroundRunner runner = new FxBackgroundRunner();

  @Start
  void start(Stage stage) {
    session = Lesson.session();
    session.setTrainingConfig(session.trainingConfig().withEpochs(400));
    window = new MainWindow(session, runner, new ProgressStore(home));
    window.show(stage);
  }

  @AfterEach
  void stop() {
    window.close();
    runner.shutdown();
  }

  @Test
  void changingTheSplitWhileTrainingStopsTheRunCleanly(FxRobot robot) throws Exception {
    // Given training running slowly (2 epochs a second, 400 epochs)
    robot.clickOn("#nav-training");
    mllab.ui.FxQueries.awaitTrainingScreen(robot);
    robot.interact(() -> ((Slider) robot.lookup("#" + NodeIds.TRAIN_SPEED).query()).setValue(1));
    robot.clickOn("#train-play");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> session.isTraining());
    assertEquals("computing…", robot.lookup("#nav-training-state").queryAs(Label.class).getText());
    // When the student goes to the split and changes the seed by keyboard mid-run
    robot.clickOn("#nav-split");
    robot.interact(() -> robot.lookup("#" + NodeIds.TEST_FRACTION_SLIDER).query().requestFocus());
    robot.type(KeyCode.RIGHT);
    WaitForAsyncUtils.waitForFxEvents();
    // Then the split changed, the run stopped, and nothing says "computing" any more
    assertEquals(750, session.split().train().rows());
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !session.isTraining());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        "not yet computed", robot.lookup("#nav-training-state").queryAs(Label.class).getText());
    assertTrue(session.predictions().isEmpty());
    // And Play is usable again on the training screen
    robot.clickOn("#nav-training");
    mllab.ui.FxQueries.awaitTrainingScreen(robot);
    assertFalse(robot.lookup("#train-play").queryAs(Button.class).isDisabled());
  }
}
