package mllab.ui.trace;

import static mllab.ui.FxQueries.byId;
import static mllab.ui.FxQueries.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.model.Mlp;
import mllab.pipeline.PipelineSession;
import mllab.ui.FxQueries;
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
 * The trace of a row with 1,000 inputs, 100 hidden units and 300 labels: each layer is a window the
 * student moves or searches, not a row of nodes per unit.
 */
@ExtendWith(ApplicationExtension.class)
class WideTraceViewTest {

  private static PipelineSession trained;
  private TraceViewModel model;

  @org.junit.jupiter.api.BeforeAll
  static void train() {
    // Off the FX thread: the data and one epoch of training are made before the window opens.
    trained =
        new PipelineSession(
            DatasetGenerator.generate(GeneratorSettings.uniform(200, 1000, 300, 0.05, 3)),
            "wide.csv");
    trained.setTrainingConfig(trained.trainingConfig().withHiddenLayers(100).withEpochs(1));
    TrainedLesson.train(trained);
  }

  @Start
  void start(Stage stage) {
    model =
        new TraceViewModel(
            new SessionModel(trained, BackgroundRunner.sameThread()),
            new javafx.beans.property.SimpleObjectProperty<>(
                mllab.eval.Thresholds.global(0.5, trained.dataset().labelCount())));
    TrainedLesson.show(stage, (Parent) new TraceView(model).createView(), 1280, 800);
  }

  @Test
  void aFeatureFoundByNameIsEditedAndEveryLayerIsAWindow(FxRobot robot) {
    // Given the trace of test row 1: 20 of the 1,000 inputs, 64 of the 100 hidden units, 20 labels
    assertEquals("features 1–20 of 1,000", text(robot, "trace-features-range"));
    assertEquals(TraceView.INPUT_WINDOW, sliders(robot));
    assertEquals("hidden units 1–64 of 100", text(robot, "trace-units-range"));
    assertEquals(
        64,
        FxQueries.onFx(
            () ->
                robot
                    .lookup("#" + NodeIds.TRACE_HIDDEN)
                    .queryParent()
                    .getChildrenUnmodifiable()
                    .size()));
    assertEquals("labels 1–20 of 300", text(robot, "trace-labels-range"));

    // When the student finds feature_777 by name and types a value for it
    robot.clickOn(shown(robot, "trace-features-find")).write("feature_777").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    TextField field = (TextField) shown(robot, "trace-feature-field-776");
    double typed = model.inputProperty().get()[776] > 0.5 ? 0.05 : 0.95;
    robot.doubleClickOn(field).eraseText(12).write(String.valueOf(typed)).type(KeyCode.ENTER);

    // Then the input changed at feature 777, and the labels' outputs are the model's for it
    double[] now = model.inputProperty().get();
    assertEquals(typed, now[776]);
    Mlp mlp = trained.model().orElseThrow();
    double[] p = mlp.predictProbabilities(now);
    assertEquals(String.format(Locale.ROOT, "%.3f", p[0]), text(robot, "trace-sigmoid-0"));

    // When the student finds label_250
    robot.clickOn(shown(robot, "trace-labels-find")).write("label_250").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    // Then its row shows its probability, and still only 20 label rows are built
    assertEquals(String.format(Locale.ROOT, "%.3f", p[249]), text(robot, "trace-sigmoid-249"));
    assertTrue(text(robot, "trace-labels-range").startsWith("“label_250” is here"));
    assertEquals(
        TraceView.LABEL_WINDOW,
        FxQueries.onFx(
            () ->
                robot
                    .lookup((Node n) -> n.getId() != null && n.getId().startsWith("trace-sigmoid-"))
                    .queryAll()
                    .size()));
  }

  /** The node with this id, scrolled into view. */
  private static Node shown(FxRobot robot, String id) {
    Node n = byId(robot, id);
    robot.interact(() -> mllab.ui.common.ScrollIntoView.reveal(n));
    WaitForAsyncUtils.waitForFxEvents();
    return n;
  }

  private static int sliders(FxRobot robot) {
    return FxQueries.onFx(
        () ->
            robot
                .lookup(
                    (Node n) -> n.getId() != null && n.getId().startsWith("trace-feature-slider-"))
                .queryAll()
                .size());
  }
}
