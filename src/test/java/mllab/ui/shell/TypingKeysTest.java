package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.pipeline.Step;
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
 * Keys typed into a field belong to the field: the window-wide keys (1–5 jump to a step, L opens
 * Learn, Ctrl+arrows go Next/Back, Space in the tour) leave them alone. And the zoom keys people
 * actually press all zoom, including in the dialogs.
 */
@ExtendWith(ApplicationExtension.class)
class TypingKeysTest {

  @TempDir static Path progressFolder;

  private MainWindow window;

  @Start
  void start(Stage stage) {
    window =
        new MainWindow(
            Lesson.session(),
            BackgroundRunner.sameThread(),
            new mllab.persist.ProgressStore(progressFolder));
    window.show(stage);
  }

  /**
   * Opens the split step and puts the focus on the seed spinner, as Tab does, its text selected.
   */
  private static Spinner<?> focusSeedWithItsTextSelected(FxRobot robot) {
    robot.clickOn("#nav-split");
    Spinner<?> seed = robot.lookup("#" + NodeIds.SPLIT_SEED).queryAs(Spinner.class);
    robot.interact(
        () -> {
          seed.requestFocus();
          seed.getEditor().selectAll();
        });
    return seed;
  }

  private static String title(FxRobot robot) {
    return robot.lookup("#" + NodeIds.SCREEN_TITLE).queryAs(Label.class).getText();
  }

  private static String title(Step s) {
    return "Step " + s.number() + " · " + s.title();
  }

  @Test
  void digitsTypedIntoTheSeedSpinnerChangeTheSeedNotTheStep(FxRobot robot) {
    // Given the split step with the keyboard focus on the seed spinner (as Tab puts it there:
    // the spinner holds the focus, its field gets the keys) and its 42 selected
    Spinner<?> seed = focusSeedWithItsTextSelected(robot);
    // When the student types 4 and 5 and presses Enter
    robot.type(KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    // Then the split step is still shown and the seed is 45
    assertEquals(title(Step.SPLIT), title(robot));
    assertEquals(45, robot.lookup("#" + NodeIds.SPLIT_SEED).queryAs(Spinner.class).getValue());
    assertEquals(45L, window.session().session().splitSeed());
    // And from the spinner (one number, no words to move by) Ctrl+→ still goes to the next step
    robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(title(Step.TRAINING), title(robot));
  }

  @Test
  void lettersOrAnEmptySeedKeepTheSeedAndPutItBackInTheField(FxRobot robot) {
    // Given the seed spinner (42) with its text selected
    Spinner<?> seed = focusSeedWithItsTextSelected(robot);
    // When the student types letters and presses Enter
    robot.type(KeyCode.A, KeyCode.B, KeyCode.C, KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    // Then the seed is still 42 and the field shows 42 again
    assertEquals(42, seed.getValue());
    assertEquals("42", FxQueries.onFx(() -> seed.getEditor().getText()));
    // When they clear the field and press Enter, the same
    robot.interact(() -> seed.getEditor().selectAll());
    robot.type(KeyCode.BACK_SPACE, KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(42, seed.getValue());
    assertEquals("42", FxQueries.onFx(() -> seed.getEditor().getText()));
    assertEquals(42L, window.session().session().splitSeed());
  }

  @Test
  void ctrlArrowsInATextFieldMoveTheCaretNotTheStep(FxRobot robot) {
    // Given the training step with the caret in the learning-rate field
    robot.clickOn("#nav-training");
    mllab.ui.FxQueries.awaitTrainingScreen(robot);
    robot.clickOn("#setting-learning-rate");
    TextField field = robot.lookup("#setting-learning-rate").queryAs(TextField.class);
    robot.type(KeyCode.HOME);
    // When the student presses Ctrl+→ (next word) and Ctrl+← (previous word)
    robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    // Then the training step stays, and the caret moved inside the field
    assertEquals(title(Step.TRAINING), title(robot));
    assertTrue(FxQueries.onFx(field::getCaretPosition) > 0, "the caret moved by a word");
    robot.press(KeyCode.CONTROL, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(title(Step.TRAINING), title(robot));
    // And outside a field Ctrl+→ still goes to the next step
    robot.clickOn("#" + NodeIds.SCREEN_TITLE);
    robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(title(Step.EVALUATION), title(robot));
  }

  @Test
  void duringTheTourSpaceTypesInAFieldAndPressesTheTourButtonsButEscAlwaysLeaves(FxRobot robot) {
    // Given the tour, and the student on the training step with the learning-rate field focused
    robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#" + NodeIds.TOUR_BAR).query().isVisible());
    String stop = robot.lookup("#" + NodeIds.TOUR_TITLE).queryAs(Label.class).getText();
    robot.clickOn("#nav-training");
    mllab.ui.FxQueries.awaitTrainingScreen(robot);
    // When Space is pressed in the field, it is typed there and the tour stays where it is
    robot.clickOn("#setting-learning-rate");
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(stop, robot.lookup("#" + NodeIds.TOUR_TITLE).queryAs(Label.class).getText());
    // When Space is pressed on the tour's focused Leave button, the tour ends
    robot.interact(() -> robot.lookup("#" + NodeIds.TOUR_LEAVE).query().requestFocus());
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        !robot.lookup("#" + NodeIds.TOUR_BAR).query().isVisible(), "Leave pressed with Space");
    // And Esc leaves a tour even while the focus is in a field
    robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#nav-training");
    mllab.ui.FxQueries.awaitTrainingScreen(robot);
    robot.clickOn("#setting-learning-rate");
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        !robot.lookup("#" + NodeIds.TOUR_BAR).query().isVisible(), "Esc leaves from a field");
  }

  @Test
  void ctrlPlusAndTheKeypadZoomLikeCtrlEquals(FxRobot robot) {
    // When the instructor presses Ctrl++ (Shift and =), then the keypad's Ctrl+Add
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS)
        .release(KeyCode.EQUALS, KeyCode.SHIFT, KeyCode.CONTROL);
    robot.press(KeyCode.CONTROL, KeyCode.ADD).release(KeyCode.ADD, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    // Then the zoom is 120 %
    assertEquals(1.2, window.zoomProperty().get(), 1e-9);
    // And the keypad's Ctrl+− and Ctrl+0 zoom out and back to 100 %
    robot.press(KeyCode.CONTROL, KeyCode.SUBTRACT).release(KeyCode.SUBTRACT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1.1, window.zoomProperty().get(), 1e-9);
    robot.press(KeyCode.CONTROL, KeyCode.NUMPAD0).release(KeyCode.NUMPAD0, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1.0, window.zoomProperty().get(), 1e-9);
  }

  @Test
  void theShortcutSheetIsAsLargeAsTheZoomedWindow(FxRobot robot) {
    // Given the window zoomed to 200 %
    robot.interact(() -> window.zoomProperty().set(2.0));
    // When the instructor opens the shortcut sheet (F1)
    robot.type(KeyCode.F1);
    WaitForAsyncUtils.waitForFxEvents();
    // Then its text is as large as the window's (2 × 15 px), not the default size
    double size =
        FxQueries.onFx(
            () -> robot.lookup("#shortcut-sheet .label").queryAs(Label.class).getFont().getSize());
    assertEquals(2 * AppearanceViewModel.BASE_FONT_PX, size, 0.5);
    // And, larger than the window would hold, it stays inside the window (its list scrolls)
    javafx.stage.Window sheet =
        FxQueries.onFx(
            () -> robot.lookup("#" + NodeIds.SHORTCUT_SHEET).query().getScene().getWindow());
    javafx.stage.Window main =
        FxQueries.onFx(
            () -> robot.lookup("#" + NodeIds.SCREEN_CONTENT).query().getScene().getWindow());
    FxQueries.onFx(
        () -> {
          assertTrue(
              sheet.getX() >= main.getX()
                  && sheet.getY() >= main.getY()
                  && sheet.getX() + sheet.getWidth() <= main.getX() + main.getWidth() + 0.5
                  && sheet.getY() + sheet.getHeight() <= main.getY() + main.getHeight() + 0.5,
              "sheet "
                  + sheet.getX()
                  + ","
                  + sheet.getY()
                  + " "
                  + sheet.getWidth()
                  + "×"
                  + sheet.getHeight()
                  + " inside window "
                  + main.getX()
                  + ","
                  + main.getY()
                  + " "
                  + main.getWidth()
                  + "×"
                  + main.getHeight());
          return null;
        });
    robot.type(KeyCode.ESCAPE);
  }
}
