package mllab.ui.rawdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.pipeline.PipelineSession;
import mllab.ui.FxQueries;
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
 * Step 1 appears in beats: its frame (title, subtitle, shape card) with the first frame, then, one
 * pulse each, the multi-label note with the cards, the lesson text, the Python panel, the
 * statistics and its table of rows, so the window never waits for them.
 */
@ExtendWith(ApplicationExtension.class)
class RawDataViewTest {

  private final StackPane holder = new StackPane();

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(holder, 1280, 800));
    stage.show();
  }

  @Test
  void theScreenShowsItsFrameFirstAndFillsInTheStatisticsAndEveryRow(FxRobot robot)
      throws Exception {
    // Given step 1's screen, built but not yet on screen
    PipelineSession session = Lesson.session();
    ScrollPane screen = FxQueries.onFx(() -> stepOne(session));
    Node content = screen.getContent();
    // Then its frame is ready: the title and the shape card say what goes in
    assertNotNull(FxQueries.onFx(() -> content.lookup("#" + NodeIds.SCREEN_TITLE)));
    assertNotNull(FxQueries.onFx(() -> content.lookup("#" + NodeIds.SHAPE_CARD)));
    // But everything else waits for the screen's first frame
    for (String later :
        List.of(
            "#" + NodeIds.MULTILABEL_CONTRAST,
            "#" + NodeIds.LABEL_STATS_CARD,
            "#" + NodeIds.COOCCURRENCE_CARD,
            "#" + NodeIds.LESSON_CARD,
            "#" + NodeIds.PYTHON_PANEL,
            "#stat-cardinality",
            "#" + NodeIds.ROWS_TABLE)) {
      assertNull(FxQueries.onFx(() -> content.lookup(later)), later);
    }

    // When the screen is shown; after every pulse, what the cards show is noted
    List<String> seen = new java.util.ArrayList<>();
    java.util.Set<String> said = new java.util.HashSet<>();
    Runnable look =
        () -> {
          for (String id : List.of("#label-stats-loading", "#rows-loading")) {
            Node loading = content.lookup(id);
            if (loading != null) {
              loading.lookupAll(".label").forEach(l -> said.add(((Label) l).getText()));
            }
          }
          if (content.lookup("#" + NodeIds.LABEL_STATS_CARD) != null) {
            seen.add(
                (content.lookup("#stat-cardinality") != null
                        ? "stats"
                        : content.lookup("#label-stats-loading") != null
                            ? "stats-loading"
                            : "stats-empty")
                    + " "
                    + (content.lookup("#" + NodeIds.COOCCURRENCE_HEATMAP) != null
                        ? "heatmap"
                        : content.lookup("#cooccurrence-loading") != null
                            ? "heatmap-loading"
                            : "heatmap-empty")
                    + " "
                    + (content.lookup("#" + NodeIds.ROWS_TABLE) != null
                        ? "table"
                        : content.lookup("#rows-loading") != null
                            ? "table-loading"
                            : "table-empty"));
          }
        };
    robot.interact(
        () -> {
          holder.getScene().addPostLayoutPulseListener(look);
          holder.getChildren().setAll(screen);
        });

    // Then the note, the lesson, the Python code, the statistics and the table fill in, with every
    // one of the 1000 rows
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> FxQueries.onFx(() -> content.lookup("#" + NodeIds.ROWS_TABLE) != null));
    robot.interact(() -> holder.getScene().removePostLayoutPulseListener(look));
    // And no card ever stood empty: until its content came, it said it was loading
    List<String> states = FxQueries.onFx(() -> List.copyOf(seen));
    assertEquals("stats-loading heatmap-loading table-loading", states.get(0), states.toString());
    assertTrue(states.stream().noneMatch(st -> st.contains("empty")), states.toString());
    assertTrue(states.contains("stats heatmap table-loading"), states.toString());
    assertTrue(said.contains("Counting the labels…"), said.toString());
    assertTrue(said.contains("Loading the rows…"), said.toString());
    assertFalse(
        FxQueries.onFx(() -> ((Label) content.lookup("#" + NodeIds.MULTILABEL_CONTRAST)).getText())
            .isEmpty());
    assertTrue(
        FxQueries.onFx(
            () -> content.lookup("#" + NodeIds.LESSON_CARD).lookupAll(".md-text").size() > 10));
    assertTrue(
        FxQueries.onFx(
            () -> content.lookup("#" + NodeIds.PYTHON_PANEL).lookup("#python-code").isVisible()));
    assertNotNull(FxQueries.onFx(() -> content.lookup("#" + NodeIds.COOCCURRENCE_HEATMAP)));
    assertEquals(
        RawDataView.fmt(session.stats().labelCardinality(), 2),
        FxQueries.onFx(() -> ((Label) content.lookup("#stat-cardinality")).getText()));
    assertEquals(
        1000,
        FxQueries.onFx(
            () -> ((TableView<?>) content.lookup("#" + NodeIds.ROWS_TABLE)).getItems().size()));
    // And the lesson's sample row is marked by a sign in its number, not by its colour alone
    WaitForAsyncUtils.waitForFxEvents();
    int sample = PipelineSession.SAMPLE_ROW;
    List<String> numbers =
        FxQueries.onFx(
            () ->
                content.lookup("#" + NodeIds.ROWS_TABLE).lookupAll(".table-cell").stream()
                    .map(n -> ((javafx.scene.control.TableCell<?, ?>) n))
                    .filter(
                        c ->
                            c.getTableColumn() != null
                                && "#".equals(c.getTableColumn().getText())
                                && c.getText() != null)
                    .map(javafx.scene.control.TableCell::getText)
                    .toList());
    assertTrue(numbers.contains("▸ " + sample), "row numbers on screen: " + numbers);
    assertEquals(1, numbers.stream().filter(t -> t.startsWith("▸")).count());
  }

  @Test
  void aWideDatasetShowsAWindowOfColumnsThatMovesAndFindsByName(FxRobot robot) throws Exception {
    // Given a dataset wider than the table shows: 14 labels and 1,500 features
    int labels = 14;
    int features = 1500;
    double[][] x = new double[30][features];
    int[][] y = new int[30][labels];
    List<String> featureNames = new java.util.ArrayList<>();
    List<String> labelNames = new java.util.ArrayList<>();
    for (int j = 0; j < features; j++) {
      featureNames.add("word_" + j);
    }
    for (int k = 0; k < labels; k++) {
      labelNames.add("topic_" + k);
    }
    for (int i = 0; i < 30; i++) {
      x[i][i] = 1;
      y[i][i % labels] = 1;
    }
    PipelineSession session =
        new PipelineSession(
            new mllab.data.Dataset("wide", x, y, featureNames, labelNames), "wide.csv");
    ScrollPane screen = FxQueries.onFx(() -> stepOne(session));
    robot.interact(() -> holder.getChildren().setAll(screen));
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> FxQueries.onFx(() -> screen.getContent().lookup("#" + NodeIds.ROWS_TABLE) != null));
    TableView<?> table =
        (TableView<?>) FxQueries.onFx(() -> screen.getContent().lookup("#" + NodeIds.ROWS_TABLE));

    // Then the table has the row number, 12 labels and 20 features (those a pulse later), and says
    // which
    FxQueries.await(
        "the table's columns never all came",
        () ->
            table.getColumns().size()
                == 1 + RawDataView.LABEL_COLUMNS + RawDataView.FEATURE_COLUMNS);
    assertEquals("features 1–20 of 1,500", FxQueries.text(robot, "rows-features-range"));

    // When the student clicks the features' forward button
    robot.interact(
        () ->
            ((javafx.scene.control.Button) screen.getContent().lookup("#rows-features-forward"))
                .fire());

    // Then the next 20 features are shown
    assertEquals(
        "word_20",
        FxQueries.onFx(() -> table.getColumns().get(1 + RawDataView.LABEL_COLUMNS).getText()));

    // When they type part of a name into the finder and press Enter
    robot.interact(
        () ->
            mllab.ui.common.ScrollIntoView.reveal(
                screen.getContent().lookup("#rows-features-find")));
    robot.clickOn("#rows-features-find").write("word_1234").type(javafx.scene.input.KeyCode.ENTER);

    // Then the window holds that feature
    assertTrue(
        FxQueries.onFx(
            () -> table.getColumns().stream().anyMatch(c -> c.getText().equals("word_1234"))));
    assertTrue(FxQueries.text(robot, "rows-features-range").startsWith("“word_1234” is here"));
  }

  @Test
  void everyFeatureColumnShowsItsValuesWithTheSameDecimals(FxRobot robot) throws Exception {
    // Given step 1 on screen
    ScrollPane[] made = new ScrollPane[1];
    robot.interact(
        () -> {
          made[0] = stepOne(Lesson.session());
          holder.getChildren().setAll(made[0]);
        });
    ScrollPane screen = made[0];
    // (a machine shared by many builds gives the FX thread little time: wait generously)
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () ->
            WaitForAsyncUtils.asyncFx(
                    () -> screen.getContent().lookup("#" + NodeIds.ROWS_TABLE) != null)
                .get(60, TimeUnit.SECONDS));
    // (the features come a pulse after the labels)
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> column(screen, "sand_tone").size() > 5);
    WaitForAsyncUtils.waitForFxEvents();

    // Then sand_tone (157.2, 119, 93.8 in the file) reads 157.2, 119.0, 93.8: one decimal each;
    // a count has none and a ratio three
    assertEquals(List.of("157.2", "119.0"), column(screen, "sand_tone").subList(0, 2));
    for (String[] expected :
        new String[][] {
          {"sand_tone", "\\d+\\.\\d"}, {"face_count", "\\d+"}, {"blue_sky_ratio", "\\d\\.\\d{3}"}
        }) {
      List<String> shown = column(screen, expected[0]);
      assertTrue(shown.size() > 5, expected[0] + ": " + shown);
      assertTrue(shown.stream().allMatch(t -> t.matches(expected[1])), expected[0] + ": " + shown);
    }
  }

  /** The texts of the cells of column {@code name} that are on screen, top to bottom. */
  private static List<String> column(ScrollPane screen, String name) throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () ->
                screen
                    .getContent()
                    .lookup("#" + NodeIds.ROWS_TABLE)
                    .lookupAll(".table-cell")
                    .stream()
                    .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                    .filter(
                        c ->
                            c.getTableColumn() != null
                                && name.equals(c.getTableColumn().getText())
                                && c.getText() != null
                                && c.getTableRow() != null
                                && c.getTableRow().getIndex() >= 0)
                    .sorted(java.util.Comparator.comparingInt(c -> c.getTableRow().getIndex()))
                    .map(javafx.scene.control.TableCell::getText)
                    .toList())
        .get(60, TimeUnit.SECONDS);
  }

  /** Step 1's screen on {@code session}, with results computed on the calling thread. */
  static ScrollPane stepOne(PipelineSession session) {
    return (ScrollPane)
        new RawDataView(
                new RawDataViewModel(new SessionModel(session, BackgroundRunner.sameThread())))
            .createView();
  }
}
