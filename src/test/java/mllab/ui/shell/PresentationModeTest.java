package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.persist.ProgressStore;
import mllab.pipeline.PipelineSession;
import mllab.ui.FxQueries;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An instructor at a projector turns presentation mode on and off from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {

  @TempDir static Path home;

  private PipelineSession session;

  @Start
  void start(Stage stage) {
    session = Lesson.session();
    new MainWindow(session, BackgroundRunner.sameThread(), new ProgressStore(home)).show(stage);
  }

  @Test
  void theShortcutGrowsSliderThumbsAndChartLinesAndAgainShrinksThem(FxRobot robot) {
    // Given the training step: its speed slider and its loss chart
    robot.clickOn("#nav-training");
    mllab.ui.FxQueries.awaitTrainingScreen(robot);
    WaitForAsyncUtils.waitForFxEvents();
    double thumb = thumbWidth(robot, "#" + NodeIds.TRAIN_SPEED);
    float line = lossLineWidth(robot);
    // When the instructor presses Ctrl+Shift+P
    pressPresentationShortcut(robot);
    // Then the slider's thumb is at least 1.6 times as wide and the loss curve 1.6 times as thick
    assertTrue(
        thumbWidth(robot, "#" + NodeIds.TRAIN_SPEED) >= 1.6 * thumb,
        thumb + " → " + thumbWidth(robot, "#" + NodeIds.TRAIN_SPEED));
    assertEquals(1.6 * line, lossLineWidth(robot), 0.01);
    // And the View menu shows the mode as on
    assertTrue(FxQueries.onFx(() -> checkItem(robot).isSelected()));
    // When they press it again, both are back to normal
    pressPresentationShortcut(robot);
    assertEquals(thumb, thumbWidth(robot, "#" + NodeIds.TRAIN_SPEED), 0.5);
    assertEquals(line, lossLineWidth(robot), 0.01);
  }

  @Test
  void theSliderScaleIsReadableAndGrowsWithTheZoom(FxRobot robot) {
    // Given the training step's speed slider at normal size
    robot.clickOn("#nav-training");
    mllab.ui.FxQueries.awaitTrainingScreen(robot);
    WaitForAsyncUtils.waitForFxEvents();
    double normal = tickLabelSize(robot);
    // Then its scale is not the axis's default 8 px
    assertTrue(normal >= 10, "tick labels at " + normal + " px");
    // When the instructor zooms in three steps (Ctrl+=)
    for (int i = 0; i < 3; i++) {
      robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
    }
    WaitForAsyncUtils.waitForFxEvents();
    // Then the scale's labels grow with the text, 30 %
    assertEquals(1.3 * normal, tickLabelSize(robot), 0.6);
  }

  @Test
  void iconsGrowWithTheZoomLikeTheTextBesideThem(FxRobot robot) {
    // Given the Next button's arrow and label at 100 %
    double icon = height(robot, "#next-button .ikonli-font-icon");
    double text = height(robot, "#next-button .text");
    // When the instructor zooms to 200 % (ten steps of Ctrl+=)
    for (int i = 0; i < 10; i++) {
      robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
    }
    WaitForAsyncUtils.waitForFxEvents();
    // Then the arrow is (about) twice as tall on screen, and grew as much as the word "Next"
    double zoomedIcon = height(robot, "#next-button .ikonli-font-icon");
    double zoomedText = height(robot, "#next-button .text");
    assertEquals(2 * icon, zoomedIcon, 0.1 * icon);
    assertEquals(zoomedText / text, zoomedIcon / icon, 0.15);
    // And it stays that size: later layout passes do not grow it again
    robot.clickOn("#nav-learn");
    robot.clickOn("#nav-raw-data");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(zoomedIcon, height(robot, "#next-button .ikonli-font-icon"), 0.5);
    // When they reset the zoom (Ctrl+0), it is back to its size
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(icon, height(robot, "#next-button .ikonli-font-icon"), 0.5);
  }

  @Test
  void everyMenuShortcutIsAKeyThatCanBePressed(FxRobot robot) {
    // Given the window's menus, filled in after the first frame
    WaitForAsyncUtils.waitForFxEvents();
    java.util.List<String> broken =
        FxQueries.onFx(
            () -> {
              java.util.List<String> found = new java.util.ArrayList<>();
              javafx.scene.control.MenuBar bar =
                  robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
              for (javafx.scene.control.Menu menu : bar.getMenus()) {
                for (javafx.scene.control.MenuItem item : menu.getItems()) {
                  // Then no accelerator is a "character" made of several letters (such as
                  // 'Digit0'),
                  // which no key press ever produces
                  if (item.getAccelerator() instanceof javafx.scene.input.KeyCharacterCombination c
                      && c.getCharacter().length() != 1) {
                    found.add(item.getText() + " = " + c);
                  }
                }
              }
              return found;
            });
    assertTrue(broken.isEmpty(), "shortcuts no key can press: " + broken);
  }

  private static double height(FxRobot robot, String query) {
    return FxQueries.onFx(
        () -> {
          Node node = robot.lookup(query).query();
          return node.localToScreen(node.getLayoutBounds()).getHeight();
        });
  }

  private static double tickLabelSize(FxRobot robot) {
    return FxQueries.onFx(
        () ->
            ((javafx.scene.chart.Axis<?>)
                    robot.lookup("#" + NodeIds.TRAIN_SPEED).queryAs(Slider.class).lookup(".axis"))
                .getTickLabelFont()
                .getSize());
  }

  @Test
  void theThresholdSliderStillDragsAndStepsInPresentationMode(FxRobot robot) {
    // Given a trained model, the evaluation step and presentation mode
    var run = session.newTrainingRun();
    run.runAll(r -> {});
    robot.interact(() -> session.trainingFinished(run));
    robot.clickOn("#nav-evaluation");
    pressPresentationShortcut(robot);
    Slider slider = robot.lookup("#" + NodeIds.THRESHOLD_SLIDER).queryAs(Slider.class);
    assertEquals(0.5, slider.getValue(), 1e-9);
    // When the student drags the (larger) thumb to the right
    Node thumb = slider.lookup(".thumb");
    robot.drag(thumb).moveBy(slider.getWidth() / 5, 0).drop();
    WaitForAsyncUtils.waitForFxEvents();
    // Then the threshold follows the drag
    double dragged = slider.getValue();
    assertTrue(dragged > 0.6, "threshold after the drag: " + dragged);
    // And the arrow keys still move it in fine steps
    robot.type(KeyCode.LEFT);
    assertTrue(slider.getValue() < dragged, dragged + " → " + slider.getValue());
  }

  private static void pressPresentationShortcut(FxRobot robot) {
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P)
        .release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The thumb's width as drawn on screen. */
  private static double thumbWidth(FxRobot robot, String slider) {
    return FxQueries.onFx(
        () -> {
          Node thumb = robot.lookup(slider).query().lookup(".thumb");
          Bounds b = thumb.localToScreen(thumb.getLayoutBounds());
          return b.getWidth();
        });
  }

  /** The stroke width of the loss chart's first series (training loss). */
  private static float lossLineWidth(FxRobot robot) {
    return FxQueries.onFx(
        () -> {
          ChartViewer viewer = robot.lookup("#loss-chart").queryAs(ChartViewer.class);
          return ((BasicStroke) viewer.getChart().getXYPlot().getRenderer().getSeriesStroke(0))
              .getLineWidth();
        });
  }

  private static javafx.scene.control.CheckMenuItem checkItem(FxRobot robot) {
    for (javafx.scene.control.Menu menu :
        robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus()) {
      for (javafx.scene.control.MenuItem item : menu.getItems()) {
        if ("menu-presentation".equals(item.getId())) {
          return (javafx.scene.control.CheckMenuItem) item;
        }
      }
    }
    throw new AssertionError("no View → Presentation mode item");
  }
}
