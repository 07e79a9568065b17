package mllab.ui.evaluation;

import static mllab.ui.FxQueries.byId;
import static mllab.ui.FxQueries.onFx;
import static mllab.ui.FxQueries.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.data.Dataset;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.eval.Predictions;
import mllab.model.TrainingConfig;
import mllab.pipeline.PipelineSession;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.common.SessionModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A threshold above every probability predicts no label at all: the metrics card says why its
 * scores are all 0, with the model's real highest probability, and the note goes as soon as one
 * label is predicted.
 */
@ExtendWith(ApplicationExtension.class)
class NoPredictionHintTest {

  private Predictions predictions;

  @Start
  void start(Stage stage) {
    Dataset data =
        DatasetGenerator.generate(
            new GeneratorSettings(200, 8, 5, 1.0, new double[] {0.3, 0.2, 0.4, 0.1, 0.25}, 0.3, 7));
    PipelineSession session = new PipelineSession(data, "small");
    session.setTrainingConfig(TrainingConfig.lesson().withEpochs(1));
    TrainedLesson.train(session);
    predictions = session.predictions().orElseThrow();
    EvaluationViewModel model =
        new EvaluationViewModel(new SessionModel(session, BackgroundRunner.sameThread()));
    TrainedLesson.show(stage, (Parent) new EvaluationView(model).createView(), 1280, 800);
  }

  @Test
  void aThresholdAboveEveryProbabilityExplainsTheZerosUntilOneLabelIsPredicted(FxRobot robot) {
    // Given a model whose highest probability lies below 1, and the note only if it is below 0.50
    double highest = highestProbability();
    assertTrue(highest < 0.99, "one epoch leaves every probability below 0.99: " + highest);
    // The highest slider step the highest probability still reaches.
    int reached = (int) Math.floor(highest * 100);
    while (reached / 100.0 > highest) {
      reached--;
    }
    assertEquals(highest < 0.5, hintShown(robot), "the note at 0.50");

    // When the student keys the slider to 1.00, above every probability
    Node slider = byId(robot, NodeIds.THRESHOLD_SLIDER);
    robot.interact(slider::requestFocus);
    robot.type(KeyCode.END);
    WaitForAsyncUtils.waitForFxEvents();

    // Then the note says no label is predicted, and names the highest probability
    assertEquals("1.00", text(robot, NodeIds.THRESHOLD_VALUE));
    String rows = String.valueOf(predictions.rows());
    String max = Decimals.fixed(highest, 2);
    assertTrue(hintShown(robot));
    assertEquals(
        Text.get("evaluation.noPrediction.global", "1.00", rows, max),
        text(robot, NodeIds.NO_PREDICTION_HINT));
    assertEquals("0.000", text(robot, "metric-MICRO_F1"));

    // When they key it down to one step above the highest probability, the note follows
    robot.type(KeyCode.LEFT, 100 - reached - 1);
    WaitForAsyncUtils.waitForFxEvents();
    String above = Decimals.fixed((reached + 1) / 100.0, 2);
    assertEquals(above, text(robot, NodeIds.THRESHOLD_VALUE));
    assertEquals(
        Text.get("evaluation.noPrediction.global", above, rows, max),
        text(robot, NodeIds.NO_PREDICTION_HINT));

    // When one step more lets the highest probability through, the note is gone
    robot.type(KeyCode.LEFT);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Decimals.fixed(reached / 100.0, 2), text(robot, NodeIds.THRESHOLD_VALUE));
    assertFalse(hintShown(robot));
  }

  private double highestProbability() {
    double max = 0;
    for (int i = 0; i < predictions.rows(); i++) {
      for (int k = 0; k < predictions.labelCount(); k++) {
        max = Math.max(max, predictions.probability(i, k));
      }
    }
    return max;
  }

  private static boolean hintShown(FxRobot robot) {
    Node hint = byId(robot, NodeIds.NO_PREDICTION_HINT);
    return onFx(() -> hint.isVisible() && hint.isManaged() && hint.getScene() != null);
  }
}
