package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.persist.ProgressStore;
import mllab.quiz.QuestionBank;
import mllab.text.Text;
import mllab.ui.FxQueries;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Learn opened while the built-in questions are still being read (a quick student, a slow disk):
 * the screen says it is reading them and the window keeps answering keys; the questions fill in
 * when they arrive. The window used to wait on the FX thread for them.
 */
@ExtendWith(ApplicationExtension.class)
class LearnBeforeQuestionsTest {

  @TempDir static Path progressFolder;

  private final CountDownLatch questionsMayArrive = new CountDownLatch(1);

  @Start
  void start(Stage stage) {
    new MainWindow(
            Lesson.session(),
            BackgroundRunner.sameThread(),
            new ProgressStore(progressFolder),
            () -> {
              try {
                questionsMayArrive.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return QuestionBank.builtIn();
            })
        .show(stage);
  }

  @AfterEach
  void release() {
    questionsMayArrive.countDown();
  }

  @Test
  void learnSaysItIsReadingAndFillsInWhenTheQuestionsArrive(FxRobot robot) throws Exception {
    // When the student presses L before the questions are read
    robot.type(KeyCode.L);

    // Then Learn says it is reading them, and the window still answers: key 1 goes to step 1 and L
    // back
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> FxQueries.onFx(() -> robot.lookup("#learn-loading").tryQuery().isPresent()));
    assertTrue(
        FxQueries.onFx(
            () ->
                robot.lookup(".label").queryAll().stream()
                    .anyMatch(
                        n ->
                            Text.get("learn.loading")
                                .equals(((javafx.scene.control.Label) n).getText()))));
    robot.type(KeyCode.DIGIT1);
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> FxQueries.onFx(() -> robot.lookup("#screen-raw-data").tryQuery().isPresent()));
    robot.type(KeyCode.L);

    // When the questions arrive, Then the Learn screen fills in
    questionsMayArrive.countDown();
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            FxQueries.onFx(
                () ->
                    robot.lookup("#" + NodeIds.SCREEN_LEARN).tryQuery().isPresent()
                        && robot.lookup("#" + NodeIds.SCREEN_TITLE).tryQuery().isPresent()));
    assertEquals(Text.get("learn.title"), FxQueries.text(robot, NodeIds.SCREEN_TITLE));
  }
}
