package mllab.ui.compare;

import static mllab.ui.FxQueries.onFx;
import static mllab.ui.FxQueries.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.methods.MethodKind;
import mllab.methods.NetworkMethod;
import mllab.methods.Progress;
import mllab.model.OutputActivation;
import mllab.model.RunOptions;
import mllab.model.TrainingConfig;
import mllab.pipeline.PipelineSession;
import mllab.text.Text;
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

/**
 * The Compare view for a network with softmax outputs: pos_weight cannot be switched on for it, so
 * the switched network row is not offered, and the view says why.
 */
@ExtendWith(ApplicationExtension.class)
class CompareSoftmaxWeightingTest {

  private CompareViewModel model;
  private PipelineSession session;

  @Start
  void start(Stage stage) {
    session = Lesson.session();
    session.setTrainingConfig(session.trainingConfig().withOutput(OutputActivation.SOFTMAX));
    TrainedLesson.train(session);
    model = new CompareViewModel(new SessionModel(session, BackgroundRunner.sameThread()), 0.5);
    TrainedLesson.show(stage, (Parent) new CompareView(model).createView(), 1280, 800);
  }

  @Test
  void aSoftmaxNetworkWithPosWeightIsRefusedByTheEngine() {
    // The row the box would add: the softmax network with pos_weight switched on
    TrainingConfig softmax = session.trainingConfig();
    NetworkMethod switched =
        new NetworkMethod(softmax, RunOptions.NONE.withPositiveWeighting(true));
    var split = session.scaledSplit();
    assertThrows(
        IllegalArgumentException.class, () -> switched.fit(split.train(), null, Progress.NONE));
  }

  @Test
  void theSwitchedRowIsNotOfferedForSoftmaxAndTheComparisonRuns(FxRobot robot) {
    // Given the view of a softmax network: the box is off and greyed, with its reason beside it
    assertTrue(!model.otherWeightingOffered(), "offered");
    assertEquals(
        1,
        (int) onFx(() -> robot.lookup("#" + NodeIds.COMPARE_POS_WEIGHT).queryAll().size()),
        "boxes");
    CheckBox box =
        onFx(() -> robot.lookup("#" + NodeIds.COMPARE_POS_WEIGHT).queryAs(CheckBox.class));
    assertTrue(onFx(box::isDisabled), "disabled");
    assertEquals(
        Text.get("compare.otherWeighting.softmax"), text(robot, NodeIds.COMPARE_POS_WEIGHT_REASON));

    // When the student tries to tick it anyway and fits all five
    robot.clickOn("#" + NodeIds.COMPARE_POS_WEIGHT);
    robot.clickOn("#" + NodeIds.COMPARE_RUN);
    WaitForAsyncUtils.waitForFxEvents();

    // Then the comparison finished with the five methods, and no switched network row
    assertTrue(onFx(() -> !box.isSelected()));
    assertTrue(
        text(robot, NodeIds.COMPARE_STATUS).startsWith("Done"),
        text(robot, NodeIds.COMPARE_STATUS));
    assertEquals(
        List.of(MethodKind.values()), model.rows().stream().map(r -> r.result().kind()).toList());
  }
}
