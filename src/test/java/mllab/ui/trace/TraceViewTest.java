package mllab.ui.trace;

import static mllab.ui.FxQueries.byId;
import static mllab.ui.FxQueries.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.data.Dataset;
import mllab.model.Mlp;
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

@ExtendWith(ApplicationExtension.class)
class TraceViewTest {

  private static PipelineSession trained;

  private TraceViewModel model;
  private final javafx.beans.property.SimpleObjectProperty<mllab.eval.Thresholds> threshold =
      new javafx.beans.property.SimpleObjectProperty<>();

  @Start
  void start(Stage stage) {
    if (trained == null) {
      trained = TrainedLesson.session();
    }
    threshold.set(mllab.eval.Thresholds.global(0.5, trained.dataset().labelCount()));
    model = new TraceViewModel(new SessionModel(trained, BackgroundRunner.sameThread()), threshold);
    TrainedLesson.show(stage, (Parent) new TraceView(model).createView(), 1000, 800);
  }

  @Test
  void typingAnInputValueRecomputesEveryLayerFromTheModel(FxRobot robot) {
    // Given test row 2 picked in the spinner (rows count from 0, as in the predictions table)
    TextField rowField =
        ((javafx.scene.control.Spinner<?>) byId(robot, NodeIds.TRACE_ROW)).getEditor();
    robot.doubleClickOn(rowField).write("2").type(KeyCode.ENTER);
    assertEquals(2, model.rowProperty().get());
    Dataset test = trained.scaledSplit().test();
    Mlp mlp = trained.model().orElseThrow();
    double[] row = test.featureRow(2);
    assertProbabilitiesShown(robot, mlp.predictProbabilities(row));
    List<String> before = sigmoidTexts(robot, mlp.predictProbabilities(row).length);

    // When the student types a value far from the row's own for feature 0 and presses Enter
    double typed = row[0] > 0.5 ? 0.05 : 0.95;
    TextField field = (TextField) byId(robot, "trace-feature-field-0");
    robot.doubleClickOn(field).eraseText(12).write(String.valueOf(typed)).type(KeyCode.ENTER);

    // Then every output is the model's output for the edited row, and the shown outputs moved
    double[] edited = row.clone();
    edited[0] = typed;
    assertProbabilitiesShown(robot, mlp.predictProbabilities(edited));
    assertNotEquals(before, sigmoidTexts(robot, before.size()));
    assertEquals("Edited: this is no longer the real row", text(robot, NodeIds.TRACE_EDITED));

    // When the student drags feature 1's slider
    Node thumb =
        robot
            .lookup((Node n) -> "trace-feature-slider-1".equals(n.getId()))
            .lookup(".thumb")
            .query();
    robot.drag(thumb).moveBy(-60, 0).drop();
    WaitForAsyncUtils.waitForFxEvents();

    // Then the outputs are again the model's output for the row as it now is
    double[] now = model.inputProperty().get();
    assertEquals(typed, now[0]);
    assertNotEquals(row[1], now[1]);
    assertProbabilitiesShown(robot, mlp.predictProbabilities(now));

    // When the student restores the row
    robot.clickOn(byId(robot, NodeIds.TRACE_RESET));

    // Then the real row is back
    assertProbabilitiesShown(robot, mlp.predictProbabilities(row));
  }

  @Test
  void softmaxOfTheSameLogitsSumsToOneAndTheThresholdDecides(FxRobot robot) {
    // Given row 1 at threshold 0.5
    double[] p =
        trained
            .model()
            .orElseThrow()
            .predictProbabilities(trained.scaledSplit().test().featureRow(0));
    assertTrue(text(robot, NodeIds.TRACE_SOFTMAX_SUM).endsWith("softmax ones add up to 1.000."));

    // When the Evaluation screen's threshold moves to 0.9
    robot.interact(
        () -> threshold.set(mllab.eval.Thresholds.global(0.9, trained.dataset().labelCount())));

    // Then each label's decision is its sigmoid probability against 0.9
    for (int k = 0; k < p.length; k++) {
      String shown = text(robot, "trace-predicted-" + k);
      assertTrue(shown.endsWith("→ " + (p[k] >= 0.9 ? 1 : 0)), shown);
      assertTrue(shown.contains("0.90"), shown);
    }
  }

  private static List<String> sigmoidTexts(FxRobot robot, int labels) {
    List<String> out = new java.util.ArrayList<>();
    for (int k = 0; k < labels; k++) {
      out.add(text(robot, "trace-sigmoid-" + k));
    }
    return out;
  }

  private void assertProbabilitiesShown(FxRobot robot, double[] expected) {
    for (int k = 0; k < expected.length; k++) {
      assertEquals(
          String.format(Locale.ROOT, "%.3f", expected[k]),
          text(robot, "trace-sigmoid-" + k),
          "label " + k);
    }
  }
}
