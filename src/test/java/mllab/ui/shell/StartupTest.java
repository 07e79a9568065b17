package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.persist.ProgressStore;
import mllab.pipeline.Step;
import mllab.quiz.QuestionBank;
import mllab.text.Text;
import mllab.ui.FxQueries;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the app opens it: the built-in questions are read in the background after the first
 * frame and still reach step 1's "check yourself" card and the Learn screen; step 1's lesson,
 * Python panel, statistics and table and the menus' items fill in right after the first frame;
 * tooltips are made on the first hover and still show.
 */
@ExtendWith(ApplicationExtension.class)
class StartupTest {

  @TempDir static Path progressFolder;

  @Start
  void start(Stage stage) {
    new MainWindow(
            Lesson.session(),
            BackgroundRunner.sameThread(),
            new ProgressStore(progressFolder),
            QuestionBank::builtIn)
        .show(stage);
  }

  @Test
  void theBuiltInQuestionsArriveForStepOneAndForLearn(FxRobot robot) throws Exception {
    // When the window has opened, Then step 1's screen ends with its "check yourself" question
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            FxQueries.onFx(
                () ->
                    robot
                        .lookup("#screen-raw-data")
                        .lookup("#check-yourself-card")
                        .tryQuery()
                        .isPresent()));

    // And Learn (key L) opens on the same questions
    robot.type(KeyCode.L);
    assertEquals(Text.get("learn.title"), FxQueries.text(robot, NodeIds.SCREEN_TITLE));
  }

  @Test
  void whatComesAfterTheFirstFrameFillsInAndTheMenuShortcutsWork(FxRobot robot) throws Exception {
    // When the window has opened, Then step 1 fills in down to its table of rows
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            FxQueries.onFx(
                () ->
                    robot
                        .lookup("#screen-raw-data")
                        .lookup("#" + NodeIds.ROWS_TABLE)
                        .tryQuery()
                        .isPresent()));
    for (String part :
        List.of(
            "#" + NodeIds.MULTILABEL_CONTRAST,
            "#" + NodeIds.LABEL_STATS_CARD,
            "#stat-cardinality",
            "#" + NodeIds.COOCCURRENCE_HEATMAP,
            "#" + NodeIds.LESSON_CARD,
            "#" + NodeIds.PYTHON_PANEL)) {
      assertTrue(
          FxQueries.onFx(
              () -> robot.lookup("#screen-raw-data").lookup(part).tryQuery().isPresent()),
          part);
    }

    // And the menus' items are there: F1 opens the shortcut sheet from the Help menu
    robot.press(KeyCode.F1).release(KeyCode.F1);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        robot.lookup("#" + NodeIds.SHORTCUT_SHEET).tryQuery().isPresent(),
        "the shortcut sheet is open");
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void hoveringAStepShowsItsTooltip(FxRobot robot) throws Exception {
    // When the pointer rests on step 2 in the navigator
    robot.moveTo("#nav-preprocessing");
    robot.moveBy(2, 1);

    // Then its tooltip appears, naming the step and its key
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            FxQueries.onFx(
                () ->
                    javafx.stage.Window.getWindows().stream()
                        .anyMatch(
                            w ->
                                w instanceof Tooltip t
                                    && t.isShowing()
                                    && t.getText()
                                        .equals(
                                            Text.get(
                                                "shell.nav.stepTooltip",
                                                Step.PREPROCESSING.summary(),
                                                "2")))));
  }
}
