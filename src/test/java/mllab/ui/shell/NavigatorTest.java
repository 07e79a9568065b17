package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
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

/** The step navigator lights only where the student is; the zoom level is shown and spoken. */
@ExtendWith(ApplicationExtension.class)
class NavigatorTest {

  @TempDir static Path progressFolder;

  private MainWindow window;

  @Start
  void start(Stage stage) {
    window =
        new MainWindow(
            Lesson.session(), BackgroundRunner.sameThread(), new ProgressStore(progressFolder));
    window.show(stage);
  }

  /** The screens whose navigator button is lit (selected). */
  private static List<Screen> lit(FxRobot robot) {
    List<Screen> out = new ArrayList<>();
    for (Screen s : Screen.values()) {
      if (robot.lookup("#" + s.navId()).queryAs(ToggleButton.class).isSelected()) {
        out.add(s);
      }
    }
    return out;
  }

  @Test
  void clickingStepsWithTheMouseLightsOnlyTheStepShown(FxRobot robot) {
    // Given the app on step 1; when the student clicks through the steps with the mouse,
    // back and forth, and once on the step already shown
    Screen[] path = {
      Screen.PREPROCESSING,
      Screen.SPLIT,
      Screen.RAW_DATA,
      Screen.TRAINING,
      Screen.TRAINING,
      Screen.EVALUATION,
      Screen.LEARN,
      Screen.SPLIT
    };
    for (Screen s : path) {
      robot.clickOn("#" + s.navId());
      WaitForAsyncUtils.waitForFxEvents();
      // Then that step is shown and its button is the only one lit
      assertEquals(s, window.model().current());
      assertEquals(List.of(s), lit(robot), "after clicking " + s);
    }
    // And keys move the light along with the screen
    robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of(Screen.TRAINING), lit(robot));
  }

  @Test
  void theZoomLevelIsShownAndSpokenAndAClickRestoresActualSize(FxRobot robot) {
    Button level = robot.lookup("#" + NodeIds.ZOOM_LEVEL).queryButton();
    assertEquals("100 %", level.getText());
    // When the student zooms in three times, each time watching the level change
    for (int i = 1; i <= 3; i++) {
      robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
      String shown = (100 + 10 * i) + " %";
      try {
        WaitForAsyncUtils.waitFor(
            10,
            java.util.concurrent.TimeUnit.SECONDS,
            () -> mllab.ui.FxQueries.onFx(() -> shown.equals(level.getText())));
      } catch (java.util.concurrent.TimeoutException e) {
        throw new AssertionError("Ctrl+= number " + i + " did not show " + shown, e);
      }
    }
    // Then the footer shows 130 % and a screen reader hears it
    assertEquals("130 %", level.getText());
    assertEquals("Zoom 130 %", level.getAccessibleText());
    // When the level is clicked, the window goes back to 100 %
    robot.clickOn(level);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1.0, window.zoomProperty().get(), 1e-9);
    assertEquals("100 %", level.getText());
  }
}
