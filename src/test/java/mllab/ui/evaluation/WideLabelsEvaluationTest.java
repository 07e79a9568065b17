package mllab.ui.evaluation;

import static mllab.ui.FxQueries.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.data.Dataset;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.model.TrainingConfig;
import mllab.persist.ProgressStore;
import mllab.pipeline.PipelineSession;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.FxBackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step 5 with 300 labels, in the whole window with its background work: after one epoch of training
 * the student finds a label by name in every per-label list (tiles, per-label sliders, the curves'
 * label) and reads its numbers, sorts the tiles by F1, moves the predictions table's window of
 * label columns, and finds the last label in the table's "Show" box to list and sort its errors.
 */
@ExtendWith(ApplicationExtension.class)
class WideLabelsEvaluationTest {

  private static final int LABELS = 300;

  /** label_237, the 237th label. */
  private static final int LABEL = 236;

  private static final String NAME = "label_237";

  @TempDir static Path progressFolder;

  private PipelineSession pipeline;
  private FxBackgroundRunner runner;

  private static Dataset wide;

  /** Generated once, off the FX thread. */
  @BeforeAll
  static void generate() {
    double[] prevalence = new double[LABELS];
    Random random = new Random(5);
    for (int k = 0; k < LABELS; k++) {
      prevalence[k] = 0.02 + 0.3 * random.nextDouble();
    }
    wide =
        DatasetGenerator.generate(new GeneratorSettings(500, 12, LABELS, 1.0, prevalence, 0.3, 11));
  }

  @Start
  void start(Stage stage) {
    pipeline = new PipelineSession(wide, "wide");
    pipeline.setTrainingConfig(TrainingConfig.lesson().withEpochs(1).withHiddenLayers(16));
    runner = new FxBackgroundRunner();
    new MainWindow(pipeline, runner, new ProgressStore(progressFolder)).show(stage);
  }

  @AfterEach
  void stop() {
    runner.shutdown();
  }

  @Test
  void everyPerLabelListFindsALabelByNameAndTheTableShowsAWindowOfLabels(FxRobot robot)
      throws Exception {
    trainOneEpochAndOpenStepFive(robot);

    // When the student types a label's name into the tiles' search box
    write(robot, "label-list-find", NAME);

    // Then its tile alone is listed, with its matrix and scores at the threshold in force
    waitUntil(
        () ->
            text(robot, "label-list-count")
                .equals(Text.get("evaluation.labels.count", "1", String.valueOf(LABELS))));
    MetricReport r = report();
    waitUntil(() -> scoresOf(r, LABEL).equals(text(robot, "label-scores-" + LABEL)));
    assertEquals("TP\n" + r.confusion(LABEL).tp(), text(robot, "confusion-" + LABEL + "-TP"));
    assertEquals("FN\n" + r.confusion(LABEL).fn(), text(robot, "confusion-" + LABEL + "-FN"));
    // and hovering its TP cell brings a tooltip that names that label (made on the first hover)
    Node tp = shown(robot, "confusion-" + LABEL + "-TP");
    robot.interact(() -> mllab.ui.common.ScrollIntoView.reveal(tp));
    WaitForAsyncUtils.waitForFxEvents();
    robot.moveTo(tp);
    waitUntil(
        () ->
            onFx(
                () ->
                    javafx.stage.Window.getWindows().stream()
                        .anyMatch(
                            w ->
                                w instanceof javafx.scene.control.Tooltip t
                                    && t.isShowing()
                                    && t.getText().contains(NAME))));

    // When they switch to one threshold per label and key that label's own slider up by 0.10
    click(robot, NodeIds.PER_LABEL_TOGGLE);
    waitUntil(() -> shown(robot, "label-threshold-" + LABEL) != null);
    Node slider = shown(robot, "label-threshold-" + LABEL);
    robot.interact(
        () -> {
          mllab.ui.common.ScrollIntoView.reveal(slider);
          slider.requestFocus();
        });
    robot.type(KeyCode.RIGHT, 10);

    // Then its value and its scores follow, computed from its own threshold
    waitUntil(() -> "0.60".equals(text(robot, "label-threshold-value-" + LABEL)));
    waitUntil(() -> pipeline.thresholdState().of(LABEL) == 0.6);
    MetricReport own = report();
    waitUntil(() -> scoresOf(own, LABEL).equals(text(robot, "label-scores-" + LABEL)));

    // When they clear the search and sort the tiles by F1
    robot.interact(
        () -> ((javafx.scene.control.TextField) shown(robot, "label-list-find")).clear());
    waitUntil(
        () ->
            text(robot, "label-list-count")
                .equals(
                    Text.get(
                        "evaluation.labels.count",
                        String.valueOf(LABELS),
                        String.valueOf(LABELS))));
    choose(robot, "label-list-sort", LabelList.Order.F1.title());

    // Then the first tile is the label with the lowest F1 and F1 never falls along the list
    int worst = lowestF1(report());
    waitUntil(() -> shown(robot, "label-tile-" + worst) != null);
    @SuppressWarnings("unchecked")
    ListView<List<Integer>> tiles = (ListView<List<Integer>>) shown(robot, NodeIds.LABEL_TILES);
    List<Integer> order = onFx(() -> tiles.getItems().stream().flatMap(List::stream).toList());
    assertEquals(LABELS, order.size());
    assertEquals(worst, order.get(0));
    MetricReport sorted = report();
    for (int i = 1; i < order.size(); i++) {
      double a = f1(sorted, order.get(i - 1));
      double b = f1(sorted, order.get(i));
      assertTrue(a <= b, "F1 falls from " + a + " to " + b + " at place " + i);
    }
    // and the first row, once drawn, has a tile for each of its labels
    List<Integer> firstRow = onFx(() -> tiles.getItems().get(0));
    assertTrue(firstRow.size() > 1, "one tile per row: " + firstRow);
    waitUntil(() -> firstRow.stream().allMatch(k -> shown(robot, "label-tile-" + k) != null));

    // When they look for the label among the curves' choices and pick it
    openTab(robot, Text.get("evaluation.thresholdSweepCurves"));
    write(robot, "curve-label-list-find", NAME);
    @SuppressWarnings("unchecked")
    ComboBox<Integer> curve = (ComboBox<Integer>) shown(robot, NodeIds.CURVE_LABEL);
    waitUntil(() -> onFx(() -> curve.getItems().equals(List.of(LABEL))));
    click(robot, NodeIds.CURVE_LABEL);
    robot.clickOn(
        onFx(
            () ->
                robot
                    .lookup(".combo-box-popup .list-cell")
                    .match((Labeled l) -> NAME.equals(l.getText()))
                    .<Node>query()));
    waitUntil(
        () ->
            NAME.equals(
                onFx(
                    () ->
                        ((javafx.scene.control.ListCell<?>)
                                ((javafx.scene.control.skin.ComboBoxListViewSkin<?>)
                                        curve.getSkin())
                                    .getDisplayNode())
                            .getText())));
    assertEquals(LABEL, onFx(() -> curve.getValue()));
    // and clear the search: all 300 labels are back in the box, which takes its width from a few
    // of the longest names instead of naming each label while the window waits
    int named =
        namedWhile(
            curve,
            () ->
                robot.interact(
                    () ->
                        ((javafx.scene.control.TextField) shown(robot, "curve-label-list-find"))
                            .clear()));
    assertEquals(LABELS, onFx(() -> curve.getItems().size()));
    assertTrue(named < LABELS / 10, named + " of " + LABELS + " names made to size the box");

    // Then the predictions table shows a window of 12 label columns, which the student moves
    openTab(robot, Text.get("evaluation.predictionsTable"));
    assertEquals(List.of(0, 12), windowOfLabels(robot));
    click(robot, "predictions-labels-forward");
    waitUntil(() -> windowOfLabels(robot).equals(List.of(12, 24)));
    write(robot, "predictions-labels-find", NAME);
    robot.type(KeyCode.ENTER);
    waitUntil(() -> windowOfLabels(robot).equals(List.of(228, 240)));
    assertTrue(text(robot, "predictions-labels-range").contains(NAME));

    showOnlyTheLastLabelsErrorsAndSortThemByWrong(robot);
  }

  /**
   * The "Show" box's label search finds the last of 300 labels by part of its name; keys alone
   * choose its errors; the table then lists exactly those rows and sorts them by "Wrong".
   */
  private void showOnlyTheLastLabelsErrorsAndSortThemByWrong(FxRobot robot) throws Exception {
    // When the student types part of the last label's name into the box's search
    write(robot, NodeIds.ROW_FILTER_LABELS + "-find", "300");

    // Then the box offers all rows, rows without a label, and that label's errors
    @SuppressWarnings("unchecked")
    ComboBox<RowFilter> show = (ComboBox<RowFilter>) shown(robot, NodeIds.ROW_FILTER);
    RowFilter last = RowFilter.errorOn(LABELS - 1);
    waitUntil(
        () ->
            onFx(
                () ->
                    show.getItems()
                        .equals(List.of(RowFilter.all(), RowFilter.noPrediction(), last))));
    assertEquals(
        Text.get("evaluation.labels.count", "1", String.valueOf(LABELS)),
        text(robot, NodeIds.ROW_FILTER_LABELS + "-count"));

    // When Enter opens the box and the arrow keys and Enter choose the label's errors
    robot.type(KeyCode.ENTER);
    waitUntil(() -> onFx(show::isShowing));
    robot.type(KeyCode.DOWN, 2);
    robot.type(KeyCode.ENTER);

    // Then the table lists exactly the rows with a wrong decision on label_300
    waitUntil(() -> last.equals(onFx(show::getValue)));
    Predictions p = onFx(() -> pipeline.predictions().orElseThrow());
    Thresholds t = onFx(() -> pipeline.thresholdState().thresholds());
    List<Integer> wrongOnLast = new ArrayList<>();
    for (int i = 0; i < p.rows(); i++) {
      if (t.decide(LABELS - 1, p.probability(i, LABELS - 1)) != p.truth(i, LABELS - 1)) {
        wrongOnLast.add(i);
      }
    }
    assertTrue(wrongOnLast.size() > 1, "one epoch gets label_300 wrong in some rows");
    @SuppressWarnings("unchecked")
    TableView<Integer> table = (TableView<Integer>) shown(robot, NodeIds.PREDICTIONS_TABLE);
    waitUntil(() -> onFx(() -> List.copyOf(table.getItems())).equals(wrongOnLast));
    waitUntil(
        () ->
            text(robot, NodeIds.FILTER_COUNT)
                .equals(
                    Text.get(
                        "evaluation.filterCount",
                        String.valueOf(wrongOnLast.size()),
                        String.valueOf(p.rows()),
                        Text.get("evaluation.filter.errorOn", "label_300"))));

    // When the student clicks the "Wrong" column's header, which stays beside the row number
    // however many label columns the window shows
    Node wrongHeader =
        onFx(
            () ->
                table.lookupAll(".column-header").stream()
                    .filter(h -> NodeIds.COLUMN_HAMMING.equals(h.getId()))
                    .findFirst()
                    .orElseThrow());
    robot.clickOn(wrongHeader);
    WaitForAsyncUtils.waitForFxEvents();

    // Then the rows come fewest wrong decisions first
    waitUntil(() -> onFx(() -> table.getSortOrder().size() == 1));
    List<Integer> sorted = onFx(() -> List.copyOf(table.getItems()));
    assertEquals(wrongOnLast.size(), sorted.size());
    for (int i = 1; i < sorted.size(); i++) {
      assertTrue(
          wrong(p, t, sorted.get(i - 1)) <= wrong(p, t, sorted.get(i)),
          "wrong count falls at place " + i + " of " + sorted);
    }

    // When they clear the box's search, every label's errors are offered again, and the box is
    // sized from a few of the longest choices, not by naming each of them
    int named =
        namedWhile(
            show,
            () ->
                robot.interact(
                    () ->
                        ((javafx.scene.control.TextField)
                                shown(robot, NodeIds.ROW_FILTER_LABELS + "-find"))
                            .clear()));
    assertEquals(LABELS + 2, onFx(() -> show.getItems().size()));
    assertTrue(named < LABELS / 10, named + " of " + (LABELS + 2) + " choices named");
  }

  /**
   * How many items {@code box} names (through its converter) while {@code change} runs and the
   * window lays out what it changed.
   */
  private static <T> int namedWhile(ComboBox<T> box, Runnable change) {
    int[] named = {0};
    onFx(
        () -> {
          javafx.util.StringConverter<T> own = box.getConverter();
          box.setConverter(
              new javafx.util.StringConverter<>() {
                @Override
                public String toString(T item) {
                  named[0]++;
                  return own.toString(item);
                }

                @Override
                public T fromString(String s) {
                  return own.fromString(s);
                }
              });
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents();
    onFx(() -> named[0] = 0);
    change.run();
    // the layout pass that sizes the box, now rather than at the next pulse
    onFx(
        () -> {
          box.getScene().getRoot().applyCss();
          box.getScene().getRoot().layout();
          return null;
        });
    return onFx(() -> named[0]);
  }

  private static int wrong(Predictions p, Thresholds t, int row) {
    int wrong = 0;
    for (int k = 0; k < p.labelCount(); k++) {
      wrong += t.decide(k, p.probability(row, k)) != p.truth(row, k) ? 1 : 0;
    }
    return wrong;
  }

  // ---- steps --------------------------------------------------------------------------------

  private void trainOneEpochAndOpenStepFive(FxRobot robot) throws Exception {
    robot.type(KeyCode.DIGIT4);
    mllab.ui.FxQueries.awaitTrainingScreen(robot);
    waitUntil(() -> shown(robot, "train-step") != null);
    click(robot, "train-step");
    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        () -> onFx(() -> pipeline.predictions().isPresent() && !pipeline.isTraining()));
    robot.type(KeyCode.DIGIT5);
    waitUntil(
        () -> shown(robot, "label-list-find") != null && shown(robot, "label-scores-0") != null);
  }

  private static void write(FxRobot robot, String id, String text) throws Exception {
    click(robot, id);
    robot.write(text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Scrolls the node into view, as a student would, and clicks it. */
  private static void click(FxRobot robot, String id) throws Exception {
    waitUntil(() -> shown(robot, id) != null);
    Node node = shown(robot, id);
    robot.interact(() -> mllab.ui.common.ScrollIntoView.reveal(node));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(node);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Brings the evaluation tabs into view and clicks the tab with this title. */
  private static void openTab(FxRobot robot, String title) {
    Node tabs = shown(robot, NodeIds.EVALUATION_TABS);
    robot.interact(() -> mllab.ui.common.ScrollIntoView.reveal(tabs));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(
        onFx(
            () ->
                robot
                    .from(tabs)
                    .lookup(".tab .tab-label")
                    .match((Labeled l) -> title.equals(l.getText()))
                    .<Node>query()));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void choose(FxRobot robot, String id, String item) throws Exception {
    click(robot, id);
    robot.clickOn(
        onFx(
            () ->
                robot
                    .lookup(".combo-box-popup .list-cell")
                    .match((Labeled l) -> item.equals(l.getText()))
                    .<Node>query()));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The first and one past the last label of the predictions table's label columns. */
  private static List<Integer> windowOfLabels(FxRobot robot) {
    TableView<?> table = (TableView<?>) shown(robot, NodeIds.PREDICTIONS_TABLE);
    return onFx(
        () -> {
          int first = Integer.MAX_VALUE;
          int count = 0;
          for (TableColumn<?, ?> c : table.getColumns()) {
            if (c.getId() != null && c.getId().startsWith("column-label-")) {
              first =
                  Math.min(first, Integer.parseInt(c.getId().substring("column-label-".length())));
              count++;
            }
          }
          return List.of(first, first + count);
        });
  }

  // ---- what the screen should show ------------------------------------------------------------

  private MetricReport report() {
    return onFx(
        () ->
            MetricReport.of(
                pipeline.predictions().orElseThrow(), pipeline.thresholdState().thresholds()));
  }

  private static String scoresOf(MetricReport r, int k) {
    return Text.get(
        "evaluation.labelScores",
        Decimals.fixed(r.precision(k), 2),
        Decimals.fixed(r.recall(k), 2),
        Decimals.fixed(r.f1(k), 2),
        String.valueOf(r.support(k)));
  }

  private static double f1(MetricReport r, int k) {
    return Double.isNaN(r.f1(k)) ? Double.MAX_VALUE : r.f1(k);
  }

  private int lowestF1(MetricReport r) {
    Predictions p = pipeline.predictions().orElseThrow();
    int worst = 0;
    for (int k = 1; k < p.labelCount(); k++) {
      double a = f1(r, k);
      double b = f1(r, worst);
      if (a < b || a == b && p.labelNames().get(k).compareTo(p.labelNames().get(worst)) < 0) {
        worst = k;
      }
    }
    return worst;
  }

  // ---- lookups --------------------------------------------------------------------------------

  /**
   * The node with this id that is on screen: a virtualized list keeps cells it does not show
   * (hidden, with the ids of the label they showed last), which must not count.
   */
  private static Node shown(FxRobot robot, String id) {
    return onFx(
        () -> robot.lookup((Node n) -> id.equals(n.getId()) && visible(n)).tryQuery().orElse(null));
  }

  private static boolean visible(Node n) {
    for (Node at = n; at != null; at = at.getParent()) {
      if (!at.isVisible()) {
        return false;
      }
    }
    return n.getScene() != null;
  }

  private static String text(FxRobot robot, String id) {
    Node n = shown(robot, id);
    return n == null ? "" : onFx(() -> ((Labeled) n).getText());
  }

  private static void waitUntil(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
  }
}
