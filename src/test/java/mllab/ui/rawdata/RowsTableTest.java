package mllab.ui.rawdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import mllab.data.Dataset;
import mllab.lesson.Lesson;
import mllab.pipeline.PipelineSession;
import mllab.ui.FxQueries;
import mllab.ui.common.NodeIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step 1's rows table: its columns come a few per pulse, then its rows a few per pulse until it
 * fills its place; each chip shows its row's 0 or 1, coloured by its state, and a screen reader
 * reads the digit.
 */
@ExtendWith(ApplicationExtension.class)
class RowsTableTest {

  private final StackPane holder = new StackPane();

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(holder, 1280, 800));
    stage.show();
  }

  @Test
  void theChipsOfARowShowItsLabelsAndTheFeaturesFollow(FxRobot robot) throws Exception {
    // Given step 1 of the lesson on screen
    PipelineSession session = Lesson.session();
    Dataset d = session.dataset();
    ScrollPane screen = FxQueries.onFx(() -> RawDataViewTest.stepOne(session));
    robot.interact(() -> holder.getChildren().setAll(screen));

    // Then the table fills in: the row number, every label and the first features
    int labels = Math.min(d.labelCount(), RawDataView.LABEL_COLUMNS);
    int features = Math.min(d.featureCount(), RawDataView.FEATURE_COLUMNS);
    waitForTable(screen, t -> t.getColumns().size() == 1 + labels + features);

    // And the sample row's chips read its labels, 1 or 0, each with its state as a pseudo-class
    int row = PipelineSession.SAMPLE_ROW;
    List<TableCell<?, ?>> cells = cellsOfRow(screen, row);
    for (int k = 0; k < labels; k++) {
      String name = d.labelNames().get(k);
      TableCell<?, ?> cell =
          cells.stream()
              .filter(c -> name.equals(c.getTableColumn().getText()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no cell for " + name));
      boolean on = d.label(row, k) == 1;
      assertEquals(
          on ? "1" : "0",
          FxQueries.onFx(() -> cell.queryAccessibleAttribute(AccessibleAttribute.TEXT)),
          name);
      Node chip = cell.getGraphic();
      assertEquals(
          on ? "1" : "0",
          FxQueries.onFx(() -> ((javafx.scene.text.Text) chip.lookup(".chip-text")).getText()));
      assertEquals(on, chip.getPseudoClassStates().contains(PseudoClass.getPseudoClass("on")));
      assertEquals(!on, chip.getPseudoClassStates().contains(PseudoClass.getPseudoClass("off")));
      assertTrue(chip.getStyleClass().contains("chip"), name);
    }
    // And its number carries the sample row's sign
    assertTrue(
        cells.stream()
            .anyMatch(
                c -> "#".equals(c.getTableColumn().getText()) && ("▸ " + row).equals(c.getText())));
  }

  @Test
  void theRowsComeInUntilTheTableFillsItsPlace(FxRobot robot) throws Exception {
    // Given step 1 of the lesson on screen
    PipelineSession session = Lesson.session();
    ScrollPane screen = FxQueries.onFx(() -> RawDataViewTest.stepOne(session));
    robot.interact(() -> holder.getChildren().setAll(screen));

    // Then, once it has filled in, the table is as tall as its place and shows a row in every line
    TableView<?> table = waitForTable(screen, t -> t.getHeight() == RawDataView.TABLE_HEIGHT);
    long rows =
        FxQueries.onFx(
            () ->
                table.lookupAll(".table-row-cell").stream()
                    .filter(r -> r.isVisible() && !((javafx.scene.control.TableRow<?>) r).isEmpty())
                    .count());
    double rowHeight =
        FxQueries.onFx(() -> table.lookup(".table-row-cell").getLayoutBounds().getHeight());
    assertTrue(
        rows >= (int) (RawDataView.TABLE_HEIGHT / rowHeight) - 1,
        rows + " rows shown in a table " + RawDataView.TABLE_HEIGHT + " high");
  }

  /** Step 1's rows table once {@code done} holds for it, the FX thread's events run. */
  static TableView<?> waitForTable(
      ScrollPane screen, java.util.function.Predicate<TableView<?>> done) throws Exception {
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () ->
            FxQueries.onFx(
                () ->
                    screen.getContent().lookup("#" + NodeIds.ROWS_TABLE) instanceof TableView<?> t
                        && done.test(t)));
    WaitForAsyncUtils.waitForFxEvents();
    return (TableView<?>)
        FxQueries.onFx(() -> screen.getContent().lookup("#" + NodeIds.ROWS_TABLE));
  }

  private static List<TableCell<?, ?>> cellsOfRow(ScrollPane screen, int row) throws Exception {
    return FxQueries.onFx(
        () ->
            screen.getContent().lookup("#" + NodeIds.ROWS_TABLE).lookupAll(".table-cell").stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(
                    c ->
                        c.getTableColumn() != null
                            && c.getTableRow() != null
                            && c.getTableRow().getIndex() == row
                            && !c.isEmpty())
                .<TableCell<?, ?>>map(c -> c)
                .toList());
  }
}
