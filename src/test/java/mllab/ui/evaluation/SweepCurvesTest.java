package mllab.ui.evaluation;

import static mllab.ui.FxQueries.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import mllab.eval.Predictions;
import mllab.eval.ThresholdSweep;
import mllab.pipeline.PipelineSession;
import mllab.text.Text;
import mllab.ui.HeldRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.common.SessionModel;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sweep tab's ROC curve follows the label the student picks. Its points come from one per test
 * row, so they are thinned on a worker: until it is done the curve shown stays, and its operating
 * point stays on it.
 */
@ExtendWith(ApplicationExtension.class)
class SweepCurvesTest {

  private final HeldRunner runner = new HeldRunner();
  private PipelineSession session;

  @Start
  void start(Stage stage) {
    session = TrainedLesson.session();
    EvaluationViewModel model = new EvaluationViewModel(new SessionModel(session, runner));
    runner.runAll();
    TrainedLesson.show(stage, (Parent) new EvaluationView(model).createView(), 1280, 800);
  }

  /** The ROC chart's curve as drawn: its (x, y) points in order. */
  private static List<List<Double>> rocDrawn(FxRobot robot) {
    return onFx(
        () -> {
          XYDataset d =
              ((XYPlot) robot.lookup("#roc-chart").queryAs(ChartViewer.class).getChart().getPlot())
                  .getDataset();
          List<List<Double>> points = new java.util.ArrayList<>();
          for (int i = 0; i < d.getItemCount(0); i++) {
            points.add(List.of(d.getXValue(0, i), d.getYValue(0, i)));
          }
          return points;
        });
  }

  @Test
  void pickingALabelRedrawsItsRocCurveOnceTheWorkerHasThinnedIt(FxRobot robot) {
    TrainedLesson.awaitEvaluationCards(robot);
    Predictions p = session.predictions().orElseThrow();
    ThresholdSweep sweep = ThresholdSweep.of(p);
    // Given the sweep tab open, with the first label's curve
    Node tabs = robot.lookup("#" + NodeIds.EVALUATION_TABS).query();
    robot.interact(() -> mllab.ui.common.ScrollIntoView.reveal(tabs));
    robot.clickOn(
        robot
            .from(tabs)
            .lookup(".tab .tab-label")
            .match((Labeled l) -> Text.get("evaluation.thresholdSweepCurves").equals(l.getText()))
            .<Node>query());
    robot.interact(runner::runAll);
    List<List<Double>> first = rocDrawn(robot);
    assertOnCurve(first, sweep, 0);
    // When the student picks the last label in the chooser
    int last = p.labelCount() - 1;
    @SuppressWarnings("unchecked")
    ComboBox<Integer> box = robot.lookup("#" + NodeIds.CURVE_LABEL).queryAs(ComboBox.class);
    robot.clickOn(box);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(
        robot
            .lookup(".list-cell")
            .match((ListCell<?> c) -> p.labelNames().get(last).equals(c.getText()))
            .<Node>query());
    assertEquals(last, onFx(box::getValue));
    // Then, while the worker thins the new curve, the old one stays drawn
    assertEquals(first, rocDrawn(robot));
    // And once it is done, the curve drawn is the new label's, from (0, 0) to (1, 1)
    robot.interact(runner::runAll);
    List<List<Double>> picked = rocDrawn(robot);
    assertNotEquals(first, picked);
    assertOnCurve(picked, sweep, last);
  }

  /** Every point drawn lies on {@code label}'s exact ROC curve, which it follows end to end. */
  private static void assertOnCurve(List<List<Double>> drawn, ThresholdSweep sweep, int label) {
    Set<List<Double>> exact = new HashSet<>();
    for (ThresholdSweep.RocPoint r : sweep.rocCurve(label)) {
      exact.add(List.of(r.falsePositiveRate(), r.truePositiveRate()));
    }
    assertTrue(drawn.size() > 2, "points: " + drawn.size());
    for (List<Double> point : drawn) {
      assertTrue(exact.contains(point), point + " is not on label " + label + "'s ROC curve");
    }
    assertEquals(List.of(0.0, 0.0), drawn.get(0));
    assertEquals(List.of(1.0, 1.0), drawn.get(drawn.size() - 1));
  }
}
