package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.persist.ProgressStore;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "?" opens the shortcut sheet like F1, except while the student types into a text field. */
@ExtendWith(ApplicationExtension.class)
class HelpKeyTest {

  @TempDir static Path progressFolder;

  @Start
  void start(Stage stage) {
    new MainWindow(
            Lesson.session(), BackgroundRunner.sameThread(), new ProgressStore(progressFolder))
        .show(stage);
  }

  @Test
  void questionMarkOpensTheShortcutSheetOutsideTextFields(FxRobot robot) {
    // Given step 4, with the focus on the Play button
    robot.type(KeyCode.DIGIT4);
    mllab.ui.FxQueries.awaitTrainingScreen(robot);
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> robot.lookup("#train-play").query().requestFocus());

    // When the student types "?"
    robot.write("?");
    WaitForAsyncUtils.waitForFxEvents();

    // Then the shortcut sheet opens, with the keys that answer questions too, and Escape closes it
    assertTrue(
        robot.lookup("#" + NodeIds.SHORTCUT_SHEET).tryQuery().isPresent(),
        "the shortcut sheet is open");
    for (String shown :
        java.util.List.of(
            "A – D  /  1 – 4  in a question",
            "H  in a question",
            "Enter  in a question",
            "Show the hint (practice only)")) {
      assertTrue(
          robot
              .lookup("#" + NodeIds.SHORTCUT_SHEET)
              .lookup((javafx.scene.control.Label l) -> shown.equals(l.getText()))
              .tryQuery()
              .isPresent(),
          shown);
    }
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(
        robot.lookup("#" + NodeIds.SHORTCUT_SHEET).tryQuery().isPresent(), "the sheet closed");

    // When "?" is typed into the epochs field instead
    TextField epochs = robot.lookup("#setting-epochs").queryAs(TextField.class);
    robot.interact(epochs::requestFocus);
    robot.interact(epochs::end);
    robot.write("?");
    WaitForAsyncUtils.waitForFxEvents();

    // Then it is text in the field, and no sheet opens
    assertEquals("5?", epochs.getText());
    assertFalse(
        robot.lookup("#" + NodeIds.SHORTCUT_SHEET).tryQuery().isPresent(),
        "no sheet over the field");
  }
}
