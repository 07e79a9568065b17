package mllab.ui.rawdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import mllab.data.DatasetGenerator;
import mllab.data.DatasetStats;
import mllab.data.GeneratorSettings;
import mllab.pipeline.PipelineSession;
import mllab.text.Text;
import mllab.ui.FxQueries;
import mllab.ui.common.NodeIds;
import mllab.ui.common.ScrollIntoView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step 1 with 300 labels and 1,000 features: the labels are a list a student searches and sorts,
 * the co-occurrence grid shows the 30 most frequent labels and a picker, and the lesson text talks
 * about this data, not the photos.
 */
@ExtendWith(ApplicationExtension.class)
class WideRawDataViewTest {

  private static PipelineSession session;
  private final StackPane holder = new StackPane();
  private ScrollPane screen;

  @BeforeAll
  static void generate() {
    session =
        new PipelineSession(
            DatasetGenerator.generate(GeneratorSettings.uniform(300, 1000, 300, 0.05, 7)),
            "wide.csv");
    session.stats();
  }

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(holder, 1280, 800));
    stage.show();
    screen = RawDataViewTest.stepOne(session);
    holder.getChildren().setAll(screen);
  }

  private Node find(String id) {
    return FxQueries.onFx(() -> screen.getContent().lookup("#" + id));
  }

  private void waitFor(String id) throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> find(id) != null);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theFeatureWindowMovedWhileTheRowsComeInLeavesAFullTable(FxRobot robot) throws Exception {
    // Given step 1 shown anew, and the student moving the feature columns on the first frame the
    // rows table is on screen, while its rows are still coming in
    ScrollPane fresh = FxQueries.onFx(() -> RawDataViewTest.stepOne(session));
    boolean[] moved = {false};
    Runnable moveOnce =
        () -> {
          Node forward = fresh.getContent().lookup("#rows-features-forward");
          if (!moved[0]
              && fresh.getContent().lookup("#" + NodeIds.ROWS_TABLE) != null
              && forward instanceof javafx.scene.control.Button b) {
            moved[0] = true;
            b.fire();
          }
        };
    robot.interact(
        () -> {
          holder.getScene().addPostLayoutPulseListener(moveOnce);
          holder.getChildren().setAll(fresh);
        });

    // Then the table ends as tall as its place, its rows not stopped halfway
    RowsTableTest.waitForTable(fresh, t -> moved[0] && t.getHeight() == RawDataView.TABLE_HEIGHT);
    robot.interact(() -> holder.getScene().removePostLayoutPulseListener(moveOnce));
  }

  @Test
  void aLabelIsFoundByNameAndTheListSortsByName(FxRobot robot) throws Exception {
    waitFor("label-frequency-find");
    // Given the labels' list: 10 rows on screen, not 300
    assertEquals(
        Text.get("common.labelList.countAll", "300", Text.get("rawdata.list.labels")),
        FxQueries.text(robot, "label-frequency-count"));
    assertEquals(mllab.ui.common.LabelList.ROWS, onScreen(robot).size());

    // When the student types a label's name into the list's search field
    robot.interact(() -> ScrollIntoView.reveal(find("label-frequency-find")));
    robot.clickOn(find("label-frequency-find")).write("label_123");

    // Then that label is the one row on screen, with its count
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> onScreen(robot).equals(List.of("label_123")));
    assertEquals(
        Text.get("common.labelList.count", "1", "300", Text.get("rawdata.list.labels")),
        FxQueries.text(robot, "label-frequency-count"));

    // When the search is cleared and the list sorted by name
    robot.interact(
        () -> {
          ((javafx.scene.control.TextField) find("label-frequency-find")).clear();
          @SuppressWarnings("unchecked")
          var sort = (javafx.scene.control.ChoiceBox<Object>) find("label-frequency-sort");
          sort.getSelectionModel().select(1);
        });

    // Then the first rows are in name order
    List<String> names = onScreen(robot);
    List<String> sorted = new java.util.ArrayList<>(names);
    sorted.sort(String.CASE_INSENSITIVE_ORDER);
    assertEquals(sorted, names);
    assertEquals("label_1", names.get(0));

    // When the student scrolls the list with the keyboard
    robot.interact(() -> find("label-frequency-list").requestFocus());
    robot.type(javafx.scene.input.KeyCode.PAGE_DOWN);

    // Then the next ten labels are on screen in the same row nodes
    assertFalse(onScreen(robot).contains("label_1"));
    assertEquals(mllab.ui.common.LabelList.ROWS, onScreen(robot).size());
  }

  @Test
  void theHeatmapShowsThirtyLabelsSaysHowManyAreHiddenAndTakesAPickedOne(FxRobot robot)
      throws Exception {
    waitFor(NodeIds.COOCCURRENCE_HIDDEN);
    // Given the grid of the 30 most frequent labels
    assertEquals(
        Text.get("rawdata.heat.hidden", "270"), FxQueries.text(robot, NodeIds.COOCCURRENCE_HIDDEN));
    String rare = leastFrequent();
    assertFalse(gridNames().contains(rare));

    // When the student opens the picker, finds the least frequent label and ticks it
    robot.interact(() -> ScrollIntoView.reveal(find(NodeIds.COOCCURRENCE_PICK)));
    robot.clickOn(find(NodeIds.COOCCURRENCE_PICK));
    robot.interact(() -> ScrollIntoView.reveal(find("cooccurrence-pick-find")));
    robot.clickOn(find("cooccurrence-pick-find")).write(rare);
    WaitForAsyncUtils.waitForFxEvents();
    CheckBox box =
        FxQueries.onFx(
            () ->
                (CheckBox)
                    find("cooccurrence-pick-list").lookupAll(".check-box").stream()
                        .filter(Node::isVisible)
                        .findFirst()
                        .orElseThrow());
    robot.interact(() -> ScrollIntoView.reveal(box));
    robot.clickOn(box);

    // Then the grid has it, and one label fewer is hidden
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gridNames().contains(rare));
    assertEquals(
        Text.get("rawdata.heat.hidden", "269"), FxQueries.text(robot, NodeIds.COOCCURRENCE_HIDDEN));
  }

  @Test
  void theCardsStayLeftOfTheLessonAndTheLessonTalksAboutThisData(FxRobot robot) throws Exception {
    waitFor(NodeIds.COOCCURRENCE_HEATMAP);
    waitFor(NodeIds.LESSON_CARD);
    // The statistics and the grid end before the lesson column starts
    Bounds lesson =
        FxQueries.onFx(
            () ->
                find(NodeIds.LESSON_CARD)
                    .localToScene(find(NodeIds.LESSON_CARD).getLayoutBounds()));
    for (String id : List.of(NodeIds.COOCCURRENCE_CARD, NodeIds.LABEL_STATS_CARD)) {
      Bounds card = FxQueries.onFx(() -> find(id).localToScene(find(id).getLayoutBounds()));
      assertTrue(
          card.getMaxX() <= lesson.getMinX() || card.getMinY() >= lesson.getMaxY(),
          id + " " + card + " runs under the lesson " + lesson);
    }
    // The lesson names this data's labels and numbers, and says nothing of photos
    String text =
        FxQueries.onFx(
            () ->
                String.join(
                    " ",
                    find(NodeIds.LESSON_CARD).lookupAll(".md-text").stream()
                        .map(
                            n ->
                                n instanceof javafx.scene.text.Text t
                                    ? t.getText()
                                    : n instanceof Label l ? l.getText() : "")
                        .toList()));
    String lower = text.toLowerCase(Locale.ROOT);
    assertFalse(
        lower.contains("photo") || lower.contains("beach") || lower.contains("sunset"), text);
    assertTrue(text.contains("label_1") && text.contains("300"), text);
  }

  private static String leastFrequent() {
    return session.stats().labelFrequencies().stream()
        .min(Comparator.comparingInt(DatasetStats.LabelFrequency::count))
        .orElseThrow()
        .label();
  }

  private List<String> gridNames() {
    return FxQueries.onFx(
        () -> {
          Node g = find(NodeIds.COOCCURRENCE_HEATMAP);
          return g == null
              ? List.<String>of()
              : g.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
        });
  }

  /** The names in the frequency list's rows that are on screen. */
  private List<String> onScreen(FxRobot robot) {
    return FxQueries.onFx(
        () ->
            find("label-frequency-list").lookupAll(".bar-name").stream()
                .filter(n -> n.getParent().isVisible())
                .map(n -> ((Label) n).getText())
                .toList());
  }
}
