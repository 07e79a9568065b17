package mllab.ui.preprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.data.Dataset;
import mllab.lesson.Lesson;
import mllab.pipeline.PipelineSession;
import mllab.ui.HeldRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.common.SessionModel;
import mllab.ui.common.Styles;
import mllab.ui.shell.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Step 2's histograms follow the feature the student picks. Reading a column and binning it grow
 * with the rows, so they are worked out on a worker: until it is done the histograms shown stay.
 */
@ExtendWith(ApplicationExtension.class)
class FeatureHistogramsTest {

  private final HeldRunner runner = new HeldRunner();
  private PipelineSession session;

  @Start
  void start(Stage stage) {
    session = Lesson.session();
    SessionModel model = new SessionModel(session, runner);
    PreprocessingViewModel viewModel = new PreprocessingViewModel(model);
    runner.runAll();
    Parent root = (Parent) new PreprocessingView(viewModel).createView();
    root.getStyleClass().add(Styles.APP);
    Scene scene = new Scene(root, 1280, 800);
    Theme.LIGHT.apply(scene);
    stage.setScene(scene);
    stage.show();
  }

  private static JFreeChart chart(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(ChartViewer.class).getChart();
  }

  @Test
  void pickingAFeatureRedrawsBothHistogramsWithItsValuesOnceTheWorkerIsDone(FxRobot robot) {
    Dataset d = session.combined();
    @SuppressWarnings("unchecked")
    ComboBox<String> choice = robot.lookup("#" + NodeIds.FEATURE_CHOICE).queryAs(ComboBox.class);
    int shown = choice.getSelectionModel().getSelectedIndex();
    String first = chart(robot, "histogram-before").getTitle().getText();
    assertTrue(first.contains(d.featureNames().get(shown)), first);
    // When the student picks another feature with the keyboard (the first, or else the last)
    int j = shown == 0 ? d.featureCount() - 1 : 0;
    robot.clickOn(choice).type(shown == 0 ? KeyCode.END : KeyCode.HOME).type(KeyCode.ENTER);
    assertEquals(j, choice.getSelectionModel().getSelectedIndex());
    String name = d.featureNames().get(j);
    // Then, while the worker reads the column, the histograms shown stay as they were
    assertEquals(first, chart(robot, "histogram-before").getTitle().getText());
    // And once it is done, both name the new feature and span exactly its values
    robot.interact(runner::runAll);
    JFreeChart before = chart(robot, "histogram-before");
    JFreeChart after = chart(robot, "histogram-after");
    assertTrue(before.getTitle().getText().contains(name), before.getTitle().getText());
    assertTrue(after.getTitle().getText().contains(name), after.getTitle().getText());
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (int i = 0; i < d.rows(); i++) {
      min = Math.min(min, d.feature(i, j));
      max = Math.max(max, d.feature(i, j));
    }
    IntervalXYDataset raw = (IntervalXYDataset) ((XYPlot) before.getPlot()).getDataset();
    int bins = raw.getItemCount(0);
    assertEquals(min, raw.getStartXValue(0, 0), 1e-9);
    assertEquals(max, raw.getEndXValue(0, bins - 1), 1e-9);
    long counted = 0;
    for (int b = 0; b < bins; b++) {
      counted += Math.round(raw.getYValue(0, b));
    }
    assertEquals(d.rows(), counted);
    // And the scaled one spans the same values after scaling
    IntervalXYDataset scaled = (IntervalXYDataset) ((XYPlot) after.getPlot()).getDataset();
    assertEquals(session.scaler().scale(j, min), scaled.getStartXValue(0, 0), 1e-9);
    assertEquals(session.scaler().scale(j, max), scaled.getEndXValue(0, bins - 1), 1e-9);
  }
}
