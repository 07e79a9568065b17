package mllab.ui.evaluation;

import static mllab.ui.FxQueries.byId;
import static mllab.ui.FxQueries.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Parent;
import javafx.stage.Stage;
import mllab.eval.Metric;
import mllab.eval.MetricReport;
import mllab.eval.Thresholds;
import mllab.lesson.Lesson;
import mllab.pipeline.PipelineSession;
import mllab.text.Text;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.common.SessionModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class EvaluationEmptyStateTest {

  private PipelineSession session;
  private final AtomicInteger wentToTraining = new AtomicInteger();

  @Start
  void start(Stage stage) {
    session = Lesson.session();
    EvaluationViewModel model =
        new EvaluationViewModel(new SessionModel(session, BackgroundRunner.sameThread()));
    model.setOnGoToTraining(wentToTraining::incrementAndGet);
    TrainedLesson.show(stage, (Parent) new EvaluationView(model).createView(), 1280, 800);
  }

  @Test
  void untrainedShowsTrainFirstThenEverythingOnceTrained(FxRobot robot) {
    // Given no trained model: the empty state, not the metrics
    assertEquals(
        Text.get("evaluation.trainModelInStep"), text(robot, NodeIds.EVALUATION_EMPTY_MESSAGE));
    assertFalse(byId(robot, NodeIds.EVALUATION_CONTENT).isVisible());

    // When the student clicks the button
    robot.clickOn(byId(robot, NodeIds.GO_TO_TRAINING));

    // Then the navigation callback ran
    assertEquals(1, wentToTraining.get());

    // When training finishes elsewhere in the app
    robot.interact(() -> TrainedLesson.train(session));

    // Then the screen refreshes to the metrics of the new predictions
    assertFalse(byId(robot, NodeIds.EVALUATION_EMPTY).isVisible());
    assertTrue(byId(robot, NodeIds.EVALUATION_CONTENT).isVisible());
    MetricReport r =
        MetricReport.of(
            session.predictions().orElseThrow(),
            Thresholds.global(0.5, session.dataset().labelCount()));
    assertEquals(EvaluationView.format(Metric.MICRO_F1.valueIn(r)), text(robot, "metric-MICRO_F1"));

    // When an upstream choice invalidates the model
    robot.interact(() -> session.setTrainingConfig(session.trainingConfig()));

    // Then the empty state is back
    assertTrue(byId(robot, NodeIds.EVALUATION_EMPTY).isVisible());
  }
}
