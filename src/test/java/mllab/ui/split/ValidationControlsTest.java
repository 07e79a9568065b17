package mllab.ui.split;

import static mllab.ui.FxQueries.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Parent;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.pipeline.PipelineSession;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.common.SessionModel;
import mllab.ui.evaluation.TrainedLesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Step 3's validation part: a check box, a share, and a third part in the proportion bar. */
@ExtendWith(ApplicationExtension.class)
class ValidationControlsTest {

  private PipelineSession session;

  @Start
  void start(Stage stage) {
    session = Lesson.session();
    SplitViewModel model =
        new SplitViewModel(new SessionModel(session, BackgroundRunner.sameThread()));
    TrainedLesson.show(stage, (Parent) new SplitView(model).createView(), 1280, 800);
  }

  @Test
  void tickingValidationCarves15PercentOfTheTrainingRowsIntoAThirdPart(FxRobot robot) {
    // Given the lesson's 800 / 200 split with no validation part
    assertFalse(robot.lookup("#" + NodeIds.VALIDATION_COUNT).query().isVisible());
    assertEquals("800 train", text(robot, NodeIds.TRAIN_COUNT));

    // When the student ticks "Hold out a validation part"
    robot.clickOn("#" + NodeIds.SPLIT_VALIDATION);
    WaitForAsyncUtils.waitForFxEvents();

    // Then 15 % of the 800 training rows become the validation part, the test rows stay
    assertEquals(0.15, session.validationFraction(), 1e-9);
    assertEquals("680 train", text(robot, NodeIds.TRAIN_COUNT));
    assertEquals("120 validation", text(robot, NodeIds.VALIDATION_COUNT));
    assertEquals("200 test", text(robot, NodeIds.TEST_COUNT));
    assertTrue(robot.lookup("#" + NodeIds.VALIDATION_COUNT).query().isVisible());

    // When it is ticked off again, the two-part split is back
    robot.clickOn("#" + NodeIds.SPLIT_VALIDATION);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(0, session.validationFraction());
    assertEquals("800 train", text(robot, NodeIds.TRAIN_COUNT));
  }
}
