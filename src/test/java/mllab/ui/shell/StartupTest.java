package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.pipeline.Lesson;
import mllab.pipeline.Step;
import mllab.quiz.ProgressStore;
import mllab.quiz.QuestionBank;
import mllab.text.Text;
import mllab.ui.FxQueries;
import mllab.ui.common.BackgroundRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the app opens it: the built-in questions are read in the background after the
 * first frame and still reach step 1's "check yourself" card and the Learn screen; tooltips are
 * made on the first hover and still show.
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
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxQueries.onFx(
        () -> robot.lookup("#screen-raw-data").lookup("#check-yourself-card").tryQuery().isPresent()));

    // And Learn (key L) opens on the same questions
    robot.type(KeyCode.L);
    assertEquals(Text.get("learn.title"), FxQueries.text(robot, "screen-title"));
  }

  @Test
  void hoveringAStepShowsItsTooltip(FxRobot robot) throws Exception {
    // When the pointer rests on step 2 in the navigator
    robot.moveTo("#nav-preprocessing");
    robot.moveBy(2, 1);

    // Then its tooltip appears, naming the step and its key
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxQueries.onFx(
        () -> javafx.stage.Window.getWindows().stream()
            .anyMatch(w -> w instanceof Tooltip t && t.isShowing()
                && t.getText().equals(
                    Text.get("shell.nav.stepTooltip", Step.PREPROCESSING.summary(), "2")))));
  }
}
