package mllab.ui.compare;

import static mllab.ui.FxQueries.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.eval.Metric;
import mllab.eval.MetricReport;
import mllab.eval.Thresholds;
import mllab.methods.MethodKind;
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

/** The Compare view, driven by clicks and keys as a student would. */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {

  private CompareViewModel model;

  @Start
  void start(Stage stage) {
    PipelineSession session = TrainedLesson.session();
    model = new CompareViewModel(new SessionModel(session, BackgroundRunner.sameThread()), 0.5);
    TrainedLesson.show(stage, (Parent) new CompareView(model).createView(), 1280, 800);
  }

  @Test
  void fittingAllFiveFillsOneRowPerMethodAndTheThresholdAppliesToEvery(FxRobot robot) {
    // Given the view before a run: an empty table
    TableView<?> table = robot.lookup("#" + NodeIds.COMPARE_TABLE).queryAs(TableView.class);
    assertEquals(0, table.getItems().size());

    // When the student reverses the chain order and presses "Fit all five"
    robot
        .clickOn("#" + NodeIds.COMPARE_CHAIN_ORDER)
        .eraseText(200)
        .write("city, people, sunset, beach");
    robot.clickOn("#" + NodeIds.COMPARE_RUN);
    WaitForAsyncUtils.waitForFxEvents();

    // Then there is a row per method, the chain shows its order, and the bars list every label
    assertEquals(
        List.of(MethodKind.values()), model.rows().stream().map(r -> r.result().kind()).toList());
    assertTrue(model.rows().get(2).result().settings().endsWith("4, 3, 2, 1"));
    assertEquals(
        4, robot.lookup("#" + NodeIds.COMPARE_LABEL_F1).queryAs(ListView.class).getItems().size());
    assertTrue(
        text(robot, NodeIds.COMPARE_STATUS).startsWith("Done"),
        text(robot, NodeIds.COMPARE_STATUS));
    assertTrue(text(robot, NodeIds.COMPARE_UNSEEN).contains("never seen"));
    // And the table reads down a column per method, a row per metric, the fit time and settings
    @SuppressWarnings("unchecked")
    TableView<CompareTable.Line> grid = (TableView<CompareTable.Line>) table;
    assertEquals(1 + MethodKind.values().length, grid.getColumns().size());
    assertEquals(Metric.values().length + 2, grid.getItems().size());
    assertEquals(model.rows().get(3).name(), grid.getColumns().get(4).getText().replace('\n', ' '));
    // with the lowest Hamming loss (its first row) in bold, and no other value of that row
    double lowest =
        model.rows().stream().mapToDouble(r -> r.report().hammingLoss()).min().orElseThrow();
    List<String> bold =
        robot.from(grid).lookup(".table-cell").queryAllAs(TableCell.class).stream()
            .filter(c -> c.getIndex() == 0 && c.getStyleClass().contains("text-bold"))
            .map(c -> c.getText())
            .toList();
    assertTrue(!bold.isEmpty(), "no value in bold");
    for (String b : bold) {
      assertEquals(String.format(java.util.Locale.ROOT, "%.3f", lowest), b);
    }
    // And a label is found among the bars by typing part of its name
    robot.clickOn("#" + NodeIds.COMPARE_LABEL_F1 + "-find").write("cit");
    assertEquals(
        List.of(3),
        robot.lookup("#" + NodeIds.COMPARE_LABEL_F1).queryAs(ListView.class).getItems());
    assertEquals("1 of 4 labels", text(robot, NodeIds.COMPARE_LABEL_F1 + "-count"));

    // When the threshold is keyed up to 0.70
    String before = String.valueOf(model.rows().get(1).report().microF1());
    List<?> columns = List.copyOf(grid.getColumns());
    robot.clickOn("#" + NodeIds.COMPARE_THRESHOLD);
    robot.type(KeyCode.HOME);
    robot.type(KeyCode.RIGHT, 70);
    WaitForAsyncUtils.waitForFxEvents();

    // Then every method is decided at the slider's 0.70
    assertEquals("0.70", text(robot, NodeIds.COMPARE_THRESHOLD_VALUE));
    double t = model.thresholdProperty().get();
    assertEquals(0.7, t, 1e-9);
    for (CompareViewModel.Row row : model.rows()) {
      assertEquals(
          MetricReport.of(row.result().test(), Thresholds.global(t, 4)).microF1(),
          row.report().microF1(),
          1e-9,
          row.name());
    }
    assertNotEquals(before, String.valueOf(model.rows().get(1).report().microF1()));
    // And the table shows the new values in the columns it had (the same methods)
    assertEquals(columns, List.copyOf(grid.getColumns()));
    assertEquals(
        String.format(java.util.Locale.ROOT, "%.3f", model.rows().get(1).report().microF1()),
        grid.getItems().get(Metric.MICRO_F1.ordinal()).values().get(1));
  }

  @Test
  void aChainOrderNamingAnUnknownLabelIsReportedAndNothingRuns(FxRobot robot) {
    robot.clickOn("#" + NodeIds.COMPARE_CHAIN_ORDER).eraseText(200).write("city, snow");
    robot.clickOn("#" + NodeIds.COMPARE_RUN);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        text(robot, NodeIds.COMPARE_STATUS).contains("'snow'"),
        text(robot, NodeIds.COMPARE_STATUS));
    assertEquals(0, model.rows().size());
  }

  @Test
  void theWeightingCheckBoxShowsPosWeightWithItsUnderscore(FxRobot robot) {
    javafx.scene.text.Text shown =
        (javafx.scene.text.Text)
            robot.lookup("#" + NodeIds.COMPARE_POS_WEIGHT).lookup(".text").query();
    assertTrue(shown.getText().contains("pos_weight"), shown.getText());
  }

  @Test
  void eachMethodHasALessonAndAPythonPanel(FxRobot robot) {
    for (MethodKind kind : MethodKind.values()) {
      assertTrue(
          robot.lookup("#compare-python-" + kind.cliName()).tryQuery().isPresent()
              || kind != MethodKind.MLP,
          kind.name());
      assertTrue(!CompareView.lesson(kind).isBlank());
    }
  }
}
