package mllab.ui.evaluation;

import static mllab.ui.FxQueries.byId;
import static mllab.ui.FxQueries.onFx;
import static mllab.ui.FxQueries.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.eval.Metric;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
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
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EvaluationViewTest {

  private static PipelineSession trained;

  private EvaluationViewModel model;
  private Predictions predictions;

  @Start
  void start(Stage stage) {
    if (trained == null) {
      trained = TrainedLesson.session();
    }
    // Thresholds are pipeline state: each test starts from the lesson's 0.5, as a new student does.
    trained.setThresholdState(mllab.pipeline.ThresholdState.lesson(trained.dataset().labelCount()));
    model = new EvaluationViewModel(new SessionModel(trained, BackgroundRunner.sameThread()));
    predictions = trained.predictions().orElseThrow();
    TrainedLesson.show(stage, (Parent) new EvaluationView(model).createView(), 1280, 800);
  }

  /** The cards below the metrics fill in a pulse each after the first frame. */
  @org.junit.jupiter.api.BeforeEach
  void awaitCards(FxRobot robot) {
    TrainedLesson.awaitEvaluationCards(robot);
  }

  @Test
  void draggingAndKeyingTheSliderTo08ShowsExactlyTheMetricsAt08(FxRobot robot) {
    // Given the screen at the default threshold 0.5
    assertEquals("0.50", text(robot, NodeIds.THRESHOLD_VALUE));
    String before = text(robot, "metric-HAMMING_LOSS");

    // When the student drags the thumb to the right
    Node thumb = robot.lookup("#threshold-slider .thumb").query();
    robot.drag(thumb).moveBy(120, 0).drop();
    WaitForAsyncUtils.waitForFxEvents();

    // Then the threshold rose and the metrics follow it
    double dragged = model.thresholdProperty().get();
    assertTrue(dragged > 0.5, "dragging right raises the threshold, got " + dragged);
    assertMetricsShown(robot, Thresholds.global(dragged, predictions.labelCount()));
    assertNotEquals(before, text(robot, "metric-HAMMING_LOSS"));

    // When the student then keys it to exactly 0.80: Home goes to 0, each → adds 0.01
    focus(robot, NodeIds.THRESHOLD_SLIDER);
    robot.type(KeyCode.HOME);
    robot.type(KeyCode.RIGHT, 80);

    // Then the screen shows what MetricReport computes at 0.8, and the table's 0/1 cells agree
    assertEquals("0.80", text(robot, NodeIds.THRESHOLD_VALUE));
    assertEquals(0.8, model.thresholdProperty().get());
    Thresholds t = Thresholds.global(0.8, predictions.labelCount());
    assertMetricsShown(robot, t);
    assertTableShows(robot, t);

    // And the Python panel prints what scikit-learn would at 0.8
    String python =
        mllab.lesson.StepCards.evaluation(predictions, t, MetricReport.of(predictions, t)).output();
    try {
      WaitForAsyncUtils.waitFor(
          5, TimeUnit.SECONDS, () -> python.equals(text(robot, "python-output")));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("Python output is " + text(robot, "python-output"), e);
    }
  }

  @Test
  void thresholdZeroPredictsEveryLabelAndOneNone(FxRobot robot) {
    // Given the slider has focus
    focus(robot, NodeIds.THRESHOLD_SLIDER);
    int l = predictions.labelCount();

    // When it goes to 0
    robot.type(KeyCode.HOME);

    // Then every label of every row is predicted
    assertEquals("0.00", text(robot, NodeIds.THRESHOLD_VALUE));
    assertEquals(MetricReport.of(predictions, Thresholds.global(0, l)).predictedCardinality(), l);
    assertEquals(EvaluationView.format(l), text(robot, "predicted-cardinality"));
    for (int k = 0; k < l; k++) {
      for (List<String> cell : labelCells(robot, k)) {
        assertTrue(cell.get(2).startsWith("1/"), "at threshold 0 every cell is predicted: " + cell);
      }
    }

    // When it goes to 1
    robot.type(KeyCode.END);

    // Then no label is predicted (no sigmoid output reaches exactly 1)
    assertEquals("1.00", text(robot, NodeIds.THRESHOLD_VALUE));
    assertEquals(EvaluationView.format(0), text(robot, "predicted-cardinality"));
    for (int k = 0; k < l; k++) {
      for (List<String> cell : labelCells(robot, k)) {
        assertTrue(cell.get(2).startsWith("0/"), "at threshold 1 no cell is predicted: " + cell);
      }
    }
    assertMetricsShown(robot, Thresholds.global(1, l));
  }

  @Test
  void aPerLabelThresholdChangesOnlyThatLabelsColumnAndMetrics(FxRobot robot) {
    // Given per-label mode, all labels at 0.5
    robot.clickOn("#" + NodeIds.PER_LABEL_TOGGLE);
    assertTrue(model.perLabelProperty().get());
    int l = predictions.labelCount();
    List<String> scoresBefore = new ArrayList<>();
    List<List<List<String>>> cellsBefore = new ArrayList<>();
    for (int k = 0; k < l; k++) {
      scoresBefore.add(text(robot, "label-scores-" + k));
      cellsBefore.add(labelCells(robot, k));
    }

    // When the student keys label 1's own slider up to 0.9
    focus(robot, "label-threshold-1");
    robot.type(KeyCode.RIGHT, 40);

    // Then only label 1's column, tile and the metrics computed from those thresholds change
    assertEquals("0.90", text(robot, "label-threshold-value-1"));
    // and the main slider, which decides nothing now, is off and says why
    assertEquals("—", text(robot, NodeIds.THRESHOLD_VALUE));
    assertTrue(byId(robot, NodeIds.THRESHOLD_SLIDER).isDisabled());
    assertTrue(byId(robot, NodeIds.THRESHOLD_SLIDER_OFF).isVisible());
    assertEquals(
        Text.get("evaluation.metricsAtLabelThresholds"), text(robot, NodeIds.METRICS_TITLE));
    Thresholds t = Thresholds.global(0.5, l).with(1, 0.9);
    assertMetricsShown(robot, t);
    assertTableShows(robot, t);
    for (int k = 0; k < l; k++) {
      if (k == 1) {
        assertNotEquals(scoresBefore.get(k), text(robot, "label-scores-" + k));
        assertNotEquals(cellsBefore.get(k), labelCells(robot, k));
      } else {
        assertEquals(scoresBefore.get(k), text(robot, "label-scores-" + k));
        assertEquals(cellsBefore.get(k), labelCells(robot, k));
      }
    }
    assertTrue(byId(robot, NodeIds.LEAKAGE_WARNING).isVisible());
  }

  @Test
  void perLabelSlidersStartFromTheGlobalThresholdWhenShown(FxRobot robot) {
    // Given the global threshold keyed to 0.70 while the per-label sliders are hidden
    focus(robot, NodeIds.THRESHOLD_SLIDER);
    robot.type(KeyCode.RIGHT, 20);
    assertEquals("0.70", text(robot, NodeIds.THRESHOLD_VALUE));

    // When the student switches to one threshold per label
    robot.clickOn("#" + NodeIds.PER_LABEL_TOGGLE);

    // Then every label's own slider and value start at 0.70
    for (int k = 0; k < predictions.labelCount(); k++) {
      assertEquals("0.70", text(robot, "label-threshold-value-" + k), "label " + k);
      Slider s = (Slider) byId(robot, "label-threshold-" + k);
      assertEquals(0.7, onFx(s::getValue), 1e-9, "label " + k);
    }
  }

  @Test
  void clickingAConfusionCellFiltersTheTableToThoseRows(FxRobot robot) {
    // Given the FP cell of label 1 at threshold 0.5
    int l = predictions.labelCount();
    MetricReport r = MetricReport.of(predictions, Thresholds.global(0.5, l));
    int fp = r.confusion(1).fp();
    assertTrue(fp > 0, "the lesson model makes some false alarms on label 1");
    assertEquals("FP\n" + fp, text(robot, "confusion-1-FP"));

    // When the student clicks it
    scrollTo(robot, "confusion-1-FP");
    robot.clickOn(byId(robot, "confusion-1-FP"));

    // Then the "Show" box names the filter it applied, and the table has come into view
    String name = predictions.labelNames().get(1);
    var box = robot.lookup("#" + NodeIds.ROW_FILTER).queryComboBox();
    var shownInBox =
        ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) box.getSkin()).getDisplayNode();
    assertEquals("FP of " + name, ((javafx.scene.control.ListCell<?>) shownInBox).getText());
    javafx.scene.Node tableNode = robot.lookup("#" + NodeIds.PREDICTIONS_TABLE).query();
    javafx.geometry.Bounds onScreen = tableNode.localToScene(tableNode.getBoundsInLocal());
    double height = tableNode.getScene().getHeight();
    assertTrue(
        onScreen.getMinY() >= 0 && onScreen.getMinY() < height * 0.75,
        "table top at " + onScreen.getMinY() + " of " + height);

    // Then the table lists exactly those rows, each marked FP in that column
    TableView<Integer> table = robot.lookup("#" + NodeIds.PREDICTIONS_TABLE).queryTableView();
    assertEquals(fp, table.getItems().size());
    for (int row : table.getItems()) {
      assertEquals(1, Thresholds.global(0.5, l).decide(1, predictions.probability(row, 1)));
      assertEquals(0, predictions.truth(row, 1));
    }
    scrollTo(robot, NodeIds.PREDICTIONS_TABLE);
    List<List<String>> shown = labelCells(robot, 1);
    assertFalse(shown.isEmpty());
    for (List<String> cell : shown) {
      assertEquals("FP", cell.get(3));
    }
    assertTrue(text(robot, NodeIds.FILTER_COUNT).startsWith("Showing " + fp + " of"));
  }

  @Test
  void clickingATableRowTracesIt(FxRobot robot) {
    // Given the predictions table
    scrollTo(robot, NodeIds.PREDICTIONS_TABLE);
    TableView<Integer> table = robot.lookup("#" + NodeIds.PREDICTIONS_TABLE).queryTableView();

    // When the student clicks the third row (the row cell shown third: the table keeps its row
    // cells in no particular order once it has laid them out again, e.g. for new columns)
    Node cell =
        robot
            .lookup("#predictions-table .table-row-cell")
            .match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == 2)
            .query();
    robot.clickOn(cell);

    // Then the trace follows that row
    assertEquals(
        table.getSelectionModel().getSelectedItem(), model.traceViewModel().rowProperty().get());
    assertEquals(2, model.traceViewModel().rowProperty().get());
  }

  private static void focus(FxRobot robot, String id) {
    Node n = byId(robot, id);
    robot.interact(n::requestFocus);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void assertMetricsShown(FxRobot robot, Thresholds t) {
    MetricReport expected = MetricReport.of(predictions, t);
    for (Metric m : Metric.values()) {
      assertEquals(
          EvaluationView.format(m.valueIn(expected)),
          text(robot, "metric-" + m.name()),
          m.displayName());
    }
    assertEquals(
        EvaluationView.format(expected.predictedCardinality()),
        text(robot, "predicted-cardinality"));
  }

  /** Every visible label cell shows the 0/1 decision, truth and outcome at {@code t}. */
  private void assertTableShows(FxRobot robot, Thresholds t) {
    int checked = 0;
    for (TableCell<?, ?> c : visibleLabelCells(robot)) {
      int row = (Integer) c.getItem();
      int k = Integer.parseInt(c.getTableColumn().getId().substring("column-label-".length()));
      int pred = t.decide(k, predictions.probability(row, k));
      int truth = predictions.truth(row, k);
      List<String> texts = texts(c);
      assertEquals(pred + "/" + truth, texts.get(2), "row " + row + ", label " + k);
      Outcome o = Outcome.of(pred, truth);
      assertEquals(o.marker(), texts.get(3));
      for (Outcome other : Outcome.values()) {
        assertEquals(
            other == o,
            c.getPseudoClassStates().contains(other.pseudoClass()),
            "row " + row + ", label " + k + " is " + o + ", pseudo-class " + other);
      }
      // What a screen reader (and the tooltip) says about the cell follows the threshold too
      String words =
          onFx(() -> (String) c.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.TEXT));
      assertTrue(
          words.contains(
              String.format(
                  java.util.Locale.ROOT,
                  "threshold %.2f → predicted %d, true %d: %s",
                  t.of(k),
                  pred,
                  truth,
                  o.meaning())),
          words);
      checked++;
    }
    assertTrue(checked >= predictions.labelCount() * 5, "checked only " + checked + " cells");
    // And the row's "wrong" count and exact-match badge are read out, not silent
    int spoken = 0;
    for (TableCell<?, ?> c : onFx(() -> robot.lookup(".table-cell").queryAllAs(TableCell.class))) {
      String column = c.getTableColumn() == null ? "" : c.getTableColumn().getId();
      if (c.getItem() == null
          || !(NodeIds.COLUMN_HAMMING.equals(column) || NodeIds.COLUMN_EXACT.equals(column))) {
        continue;
      }
      int row = (Integer) c.getItem();
      int wrong = 0;
      for (int k = 0; k < predictions.labelCount(); k++) {
        wrong += t.decide(k, predictions.probability(row, k)) != predictions.truth(row, k) ? 1 : 0;
      }
      String said =
          onFx(() -> (String) c.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.TEXT));
      assertEquals(
          NodeIds.COLUMN_HAMMING.equals(column)
              ? String.valueOf(wrong)
              : mllab.text.Text.get(wrong == 0 ? "evaluation.yes" : "evaluation.no"),
          said,
          "row " + row + ", " + column);
      spoken++;
    }
    assertTrue(spoken >= 10, "checked only " + spoken + " wrong/exact cells");
  }

  private static List<TableCell<?, ?>> visibleLabelCells(FxRobot robot) {
    List<TableCell<?, ?>> out = new ArrayList<>();
    Set<TableCell<?, ?>> all = new HashSet<>();
    all.addAll(
        onFx(
            () -> {
              List<TableCell<?, ?>> found = new ArrayList<>();
              for (TableCell<?, ?> c : robot.lookup(".table-cell").queryAllAs(TableCell.class)) {
                found.add(c);
              }
              return found;
            }));
    for (TableCell<?, ?> c : all) {
      if (c.getTableColumn() != null
          && c.getTableColumn().getId() != null
          && c.getTableColumn().getId().startsWith("column-label-")
          && c.getItem() != null
          && !c.isEmpty()
          && c.isVisible()
          && c.getTableRow() != null
          && c.getTableRow().isVisible()
          && c.getGraphic() != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** Label {@code k}'s visible cells by row: probability, bar (""), decision, marker, row. */
  private static List<List<String>> labelCells(FxRobot robot, int k) {
    List<TableCell<?, ?>> cells = new ArrayList<>(visibleLabelCells(robot));
    cells.removeIf(c -> !c.getTableColumn().getId().equals("column-label-" + k));
    cells.sort((a, b) -> Integer.compare((Integer) a.getItem(), (Integer) b.getItem()));
    List<List<String>> out = new ArrayList<>();
    for (TableCell<?, ?> c : cells) {
      List<String> t = texts(c);
      t.add(String.valueOf(c.getItem()));
      out.add(t);
    }
    return out;
  }

  /** probability, bar (empty), decision, marker */
  private static List<String> texts(TableCell<?, ?> c) {
    List<String> out = new ArrayList<>();
    // The cell's graphic frames its words and bar in a row: probability, bar, decision, marker.
    for (Node n : ((Parent) c.getGraphic()).getChildrenUnmodifiable()) {
      out.add(n instanceof javafx.scene.text.Text t ? t.getText() : "");
    }
    return out;
  }

  /** Scrolls the screen so that {@code query}'s node is near the top of the window. */
  private static void scrollTo(FxRobot robot, String id) {
    ScrollPane sp = (ScrollPane) byId(robot, "screen-evaluation");
    Node target = byId(robot, id);
    AtomicInteger done = new AtomicInteger();
    robot.interact(
        () -> {
          Node content = sp.getContent();
          Bounds b = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
          double range =
              content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
          sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / range)));
          done.incrementAndGet();
        });
    try {
      WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> done.get() == 1);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }
}
