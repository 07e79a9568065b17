package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
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
 * The window as the app opens it ({@link MainWindow#showShellFirst}): the first frame is the shell
 * (menu bar, navigator, footer) with the content area saying the step is opening; steps 1–3's
 * results are computed in the background, and step 1 appears once they are there. The results are
 * held back here until the test lets them go, as a slow machine would.
 */
@ExtendWith(ApplicationExtension.class)
class ShellFirstTest {

  @TempDir static Path progressFolder;

  /** Background work waiting for the test to let it run (on the FX thread, as results would). */
  private final List<Runnable> heldBack = new ArrayList<>();

  /** What the first pulse after show found in the scene. */
  private final List<String> firstFrame = new ArrayList<>();

  @Start
  void start(Stage stage) {
    BackgroundRunner held =
        new BackgroundRunner() {
          @Override
          public <T> Cancellable run(
              Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            heldBack.add(() -> BackgroundRunner.sameThread().run(work, onSuccess, onFailure));
            return () -> {};
          }

          @Override
          public void post(Runnable action) {
            action.run();
          }
        };
    Scene scene =
        new MainWindow(
                Lesson.session(), held, new ProgressStore(progressFolder), QuestionBank::builtIn)
            .showShellFirst(stage);
    scene.addPostLayoutPulseListener(
        new Runnable() {
          @Override
          public void run() {
            scene.removePostLayoutPulseListener(this);
            for (String id :
                List.of(
                    "#screen-loading",
                    "#nav-raw-data",
                    "#" + NodeIds.NEXT_BUTTON,
                    "#screen-raw-data")) {
              if (scene.lookup(id) != null) {
                firstFrame.add(id);
              }
            }
          }
        });
  }

  @Test
  void theFirstFrameIsTheShellAndTheStepFollowsItsResults(FxRobot robot) throws Exception {
    // When the window has drawn its first frame
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> FxQueries.onFx(() -> !firstFrame.isEmpty()));

    // Then that frame is the shell, saying the step is opening, without the step's screen
    assertEquals(
        List.of("#screen-loading", "#nav-raw-data", "#" + NodeIds.NEXT_BUTTON),
        FxQueries.onFx(() -> List.copyOf(firstFrame)));
    assertTrue(
        FxQueries.onFx(
            () ->
                ((Labeled) robot.lookup("#screen-loading").lookup(".label").query())
                    .getText()
                    .equals(Text.get("shell.loading.screen", Step.RAW_DATA.title()))),
        "the placeholder names the step");
    assertTrue(
        FxQueries.onFx(() -> ((ToggleButton) robot.lookup("#nav-raw-data").query()).isSelected()),
        "step 1 is lit in the navigator");

    // And while steps 1-3's results are computed, the step waits for them (pressing 3 only
    // lights step 3)
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.DIGIT3);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(
        FxQueries.onFx(() -> robot.lookup("#" + NodeIds.SCREEN_TITLE).tryQuery().isPresent()),
        "no screen before its results");
    assertTrue(FxQueries.onFx(() -> robot.lookup("#screen-loading").tryQuery().isPresent()));
    assertTrue(
        FxQueries.onFx(() -> ((ToggleButton) robot.lookup("#nav-split").query()).isSelected()),
        "step 3 is lit");

    // When the results are there, Then the chosen step appears in place of the placeholder
    FxQueries.onFx(
        () -> {
          new ArrayList<>(heldBack).forEach(Runnable::run);
          return null;
        });
    String title = Text.get("common.step.title", "3", Step.SPLIT.title());
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            FxQueries.onFx(
                () ->
                    robot
                        .lookup("#" + NodeIds.SCREEN_TITLE)
                        .tryQuery()
                        .map(t -> ((Labeled) t).getText().equals(title))
                        .orElse(false)));
    assertFalse(FxQueries.onFx(() -> robot.lookup("#screen-loading").tryQuery().isPresent()));

    // And step 1, opened by its key, shows its statistics
    robot.type(KeyCode.DIGIT1);
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            FxQueries.onFx(
                () ->
                    robot
                        .lookup("#screen-raw-data")
                        .lookup("#stat-cardinality")
                        .tryQuery()
                        .isPresent()));
  }
}
