package mllab.ui.evaluation;

import static mllab.ui.FxQueries.byId;
import static mllab.ui.FxQueries.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.model.TrainingConfig;
import mllab.pipeline.PipelineSession;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.common.SessionModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With 500 labels, step 5 makes nodes for a handful of them: the predictions table has a window of
 * label columns whichever way the student moves it, and the pair counts show the most frequent
 * labels only.
 */
@ExtendWith(ApplicationExtension.class)
class PredictionsWindowTest {

  private static final int LABELS = 500;

  private static PipelineSession trained;

  /** Generated and trained once, off the FX thread. */
  @BeforeAll
  static void train() {
    double[] prevalence = new double[LABELS];
    Random random = new Random(3);
    for (int k = 0; k < LABELS; k++) {
      prevalence[k] = 0.02 + 0.2 * random.nextDouble();
    }
    PipelineSession s =
        new PipelineSession(
            DatasetGenerator.generate(
                new GeneratorSettings(300, 8, LABELS, 1.0, prevalence, 0.3, 4)),
            "wide");
    s.setTrainingConfig(TrainingConfig.lesson().withEpochs(1).withHiddenLayers(8));
    s.prepareUpstream();
    TrainedLesson.train(s);
    trained = s;
  }

  @Start
  void start(Stage stage) {
    EvaluationViewModel model =
        new EvaluationViewModel(new SessionModel(trained, BackgroundRunner.sameThread()));
    TrainedLesson.show(stage, (Parent) new EvaluationView(model).createView(), 1280, 800);
  }

  /** The cards below the metrics fill in a pulse each after the first frame. */
  @org.junit.jupiter.api.BeforeEach
  void awaitCards(FxRobot robot) {
    TrainedLesson.awaitEvaluationCards(robot);
  }

  @Test
  void thePredictionsTableNeverHasMoreThanFifteenLabelColumns(FxRobot robot) {
    // Given step 5 with 500 labels; when the student moves the window of label columns on
    List<List<Integer>> seen = new ArrayList<>();
    for (int move = 0; move < 4; move++) {
      List<Integer> window = labelColumns(robot);
      seen.add(window);
      // Then the table never has more than 15 label columns, and always some
      assertTrue(window.size() <= 15 && !window.isEmpty(), "label columns " + window);
      Node forward = byId(robot, "predictions-labels-forward");
      robot.interact(() -> mllab.ui.common.ScrollIntoView.reveal(forward));
      robot.clickOn(forward);
      WaitForAsyncUtils.waitForFxEvents();
    }
    // and each move showed the next labels
    for (int i = 1; i < seen.size(); i++) {
      assertEquals(seen.get(i - 1).get(seen.get(i - 1).size() - 1) + 1, seen.get(i).get(0));
    }
    // The pair counts: the most frequent labels only, not 500 × 500 cells
    long pairs =
        onFx(
            () ->
                robot
                    .lookup((Node n) -> n.getId() != null && n.getId().matches("pair-\\d+-\\d+"))
                    .queryAll()
                    .size());
    assertEquals(CardinalityViewModel.PAIR_LABELS * CardinalityViewModel.PAIR_LABELS, pairs);
  }

  private static List<Integer> labelColumns(FxRobot robot) {
    TableView<?> table = (TableView<?>) byId(robot, NodeIds.PREDICTIONS_TABLE);
    return onFx(
        () -> {
          List<Integer> labels = new ArrayList<>();
          for (TableColumn<?, ?> c : table.getColumns()) {
            if (c.getId() != null && c.getId().startsWith("column-label-")) {
              labels.add(Integer.parseInt(c.getId().substring("column-label-".length())));
            }
          }
          return labels;
        });
  }
}
