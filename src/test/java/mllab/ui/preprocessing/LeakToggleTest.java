package mllab.ui.preprocessing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.pipeline.PipelineSession;
import mllab.prep.Scaler;
import mllab.prep.ScalerComparison;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.common.SessionModel;
import mllab.ui.common.Styles;
import mllab.ui.shell.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** On the default lesson, the leakage toggle changes what the student sees. */
@ExtendWith(ApplicationExtension.class)
class LeakToggleTest {

  private PipelineSession session;

  @Start
  void start(Stage stage) {
    session = Lesson.session();
    PreprocessingView view =
        new PreprocessingView(
            new PreprocessingViewModel(new SessionModel(session, BackgroundRunner.sameThread())));
    Parent root = (Parent) view.createView();
    root.getStyleClass().add(Styles.APP);
    Scene scene = new Scene(root, 1280, 800);
    Theme.LIGHT.apply(scene);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void fittingOnAllRowsChangesTestValuesAndTheStudentIsToldHowMany(FxRobot robot) throws Exception {
    // Given the correct fit: one test value lies above the training range
    String note = robot.lookup("#" + NodeIds.SCALING_TEST_NOTE).queryAs(Label.class).getText();
    assertTrue(
        note.startsWith(
            "The scaler learned min and max from the training rows only. 1 of "
                + "4000 test values fall outside 0–1"),
        note);
    // and names only the side where it lies, as "(highest 1.063)", without a stray comma
    double highest =
        session.scaler().report(session.split().test()).highest().orElseThrow().scaled();
    assertTrue(
        note.contains(String.format(java.util.Locale.ROOT, "0–1 (highest %.3f):", highest)), note);
    ScalerComparison leak = ScalerComparison.leakage(Scaler.MIN_MAX, session.split());
    // (the ranges table joins the screen a pulse after its first frame)
    WaitForAsyncUtils.waitFor(
        10,
        java.util.concurrent.TimeUnit.SECONDS,
        () -> robot.lookup("#" + NodeIds.RANGES_TABLE).tryQuery().isPresent());
    TableView<?> ranges = robot.lookup("#" + NodeIds.RANGES_TABLE).queryAs(TableView.class);
    String before = cells(ranges);

    // When the student fits on all rows
    robot.clickOn("#" + NodeIds.FIT_ALL_ROWS);
    WaitForAsyncUtils.waitForFxEvents();

    // Then the note counts the test values the leak changed, and the fitted ranges changed
    note = robot.lookup("#" + NodeIds.SCALING_TEST_NOTE).queryAs(Label.class).getText();
    assertTrue(
        note.startsWith(
            "Leak: fitting on all rows changes " + leak.differingCells() + " of 4000 test values"),
        note);
    assertTrue(note.contains("on face_count"), note);
    assertTrue(!before.equals(cells(ranges)), "the ranges table did not change");
  }

  /** Every cell of the table as text, row by row. */
  private static String cells(TableView<?> table) {
    StringBuilder all = new StringBuilder();
    for (int r = 0; r < table.getItems().size(); r++) {
      for (var column : table.getColumns()) {
        all.append(column.getCellData(r)).append('|');
      }
      all.append('\n');
    }
    return all.toString();
  }
}
