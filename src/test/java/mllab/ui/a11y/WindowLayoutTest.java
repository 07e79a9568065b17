package mllab.ui.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.persist.ProgressStore;
import mllab.pipeline.Step;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window at 1280×720, at 100 %, 120 %, 140 % and 200 % zoom: every screen (with a trained
 * model on training and evaluation) shows its control texts in full, table column headers included
 * (a table with many columns scrolls sideways, each header it shows is whole), and every focusable
 * control has a name a screen reader can speak; and the same texts whole in a 4K window.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {

  @TempDir static Path progressFolder;

  private MainWindow window;
  private Scene scene;

  @Start
  void start(Stage stage) {
    window =
        new MainWindow(
            Lesson.session(), BackgroundRunner.sameThread(), new ProgressStore(progressFolder));
    scene = window.show(stage);
    stage.setWidth(1280);
    stage.setHeight(720);
  }

  @Test
  void noControlTextIsCutAndEveryControlHasANameAtEveryZoom(FxRobot robot) {
    Set<String> truncated = new LinkedHashSet<>();
    Set<String> unnamed = new LinkedHashSet<>();
    for (double zoom : new double[] {1.0, 1.2, 1.4, 2.0}) {
      robot.interact(() -> window.zoomProperty().set(zoom));
      visitEveryScreen(
          robot,
          () -> {
            truncated.addAll(truncatedTexts(zoom));
            unnamed.addAll(unnamedControls());
          });
    }
    assertTrue(
        truncated.isEmpty() && unnamed.isEmpty(),
        "truncated at 1280×720:\n"
            + String.join("\n", truncated)
            + "\ncontrols without a name:\n"
            + String.join("\n", unnamed));
  }

  @Test
  void aFourKWindowShowsEveryTextWholeAtNormalAndDoubleZoom(FxRobot robot) {
    // Given the window maximised on a 4K screen
    robot.interact(
        () -> {
          Stage stage = (Stage) scene.getWindow();
          stage.setWidth(3840);
          stage.setHeight(2160);
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(3840, scene.getWidth(), 1, "the scene fills the 4K window");
    Set<String> truncated = new LinkedHashSet<>();
    // When every screen is visited at 100 % and at 200 % (a 4K laptop's usual scaling)
    for (double zoom : new double[] {1.0, 2.0}) {
      robot.interact(() -> window.zoomProperty().set(zoom));
      visitEveryScreen(robot, () -> truncated.addAll(truncatedTexts(zoom)));
    }
    // Then no control text is cut
    assertTrue(truncated.isEmpty(), "truncated at 3840×2160:\n" + String.join("\n", truncated));
  }

  @Test
  void zoomingInAndOutOnAStepMovesTheSideColumnAndBack(FxRobot robot) {
    robot.type(KeyCode.DIGIT2);
    // The lesson card comes a pulse after the screen's first frame
    try {
      WaitForAsyncUtils.waitFor(
          10,
          TimeUnit.SECONDS,
          () -> robot.lookup("#" + NodeIds.LESSON_CARD).tryQuery().isPresent());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("step 2's lesson never came", e);
    }
    Node side = robot.lookup("#" + NodeIds.LESSON_CARD).query().getParent();
    Parent sideBySide = side.getParent();
    robot.interact(() -> window.zoomProperty().set(2.0));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(side.getParent() != sideBySide, "zoomed in, the side column goes below");
    robot.interact(() -> window.zoomProperty().set(1.0));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(sideBySide, side.getParent());
  }

  private void visitEveryScreen(FxRobot robot, Runnable check) {
    robot.type(KeyCode.DIGIT1);
    for (Step s : Step.values()) {
      WaitForAsyncUtils.waitForFxEvents();
      mllab.ui.FxQueries.awaitFilledIn(scene);
      assertEquals(
          "Step " + s.number() + " · " + s.title(),
          robot.lookup("#" + NodeIds.SCREEN_TITLE).queryAs(Label.class).getText());
      if (s == Step.TRAINING && !robot.lookup("#train-play").tryQuery().isEmpty()) {
        mllab.ui.FxQueries.awaitTrainingScreen(robot);
      }
      if (s == Step.TRAINING
          && !robot.lookup("#train-play").tryQuery().isEmpty()
          && robot.lookup("#" + NodeIds.EPOCH_TABLE).queryTableView().getItems().isEmpty()) {
        train(robot);
      }
      check.run();
      robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
    }
    robot.interact(() -> scene.getRoot().requestFocus());
    robot.type(KeyCode.L);
    WaitForAsyncUtils.waitForFxEvents();
    check.run();
  }

  private static void train(FxRobot robot) {
    // Focused directly: in a 4K window the slider can lie beyond the headless screen, where a
    // click lands on the scroll pane instead, and End then scrolls a tall screen to its bottom.
    Node speed = robot.lookup("#" + NodeIds.TRAIN_SPEED).query();
    robot.interact(speed::requestFocus);
    robot.type(KeyCode.END);
    robot.clickOn("#train-play");
    try {
      WaitForAsyncUtils.waitFor(
          60,
          TimeUnit.SECONDS,
          () ->
              !robot.lookup("#" + NodeIds.EPOCH_TABLE).queryTableView().getItems().isEmpty()
                  && !robot.lookup("#train-play").queryButton().isDisabled());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("training did not finish", e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  private List<String> truncatedTexts(double zoom) {
    // On the FX thread: a screen may still be filling in, a piece per pulse, while it is checked
    return mllab.ui.FxQueries.onFx(
        () -> new LayoutChecks(scene, String.format("zoom %.0f%%", zoom * 100)).truncatedTexts());
  }

  private List<String> unnamedControls() {
    return mllab.ui.FxQueries.onFx(this::unnamedControlsNow);
  }

  private List<String> unnamedControlsNow() {
    List<Node> all = LayoutChecks.shown(scene.getRoot());
    Set<Node> labelled = new java.util.HashSet<>();
    for (Node n : all) {
      if (n instanceof Label l && l.getLabelFor() != null) {
        labelled.add(l.getLabelFor());
      }
    }
    List<String> out = new ArrayList<>();
    for (Node n : all) {
      if (!(n instanceof Control c)
          || !c.isFocusTraversable()
          || labelled.contains(c)
          || insideEditableOwner(c)) {
        continue;
      }
      boolean named =
          notBlank(c.getAccessibleText()) || (c instanceof Labeled l && notBlank(l.getText()));
      if (!named) {
        out.add(screenTitle() + " " + c.getClass().getSimpleName() + " #" + c.getId());
      }
      // And help: what a screen reader says after the name (a tooltip's text counts)
      if (!notBlank((String) c.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.HELP))) {
        out.add(
            screenTitle() + " " + c.getClass().getSimpleName() + " #" + c.getId() + " has no help");
      }
    }
    return out;
  }

  /**
   * The text field inside a spinner or combo box: focus and name stay with the owning control,
   * which this walk checks on its own.
   */
  private static boolean insideEditableOwner(Control c) {
    for (Node p = c.getParent(); p != null; p = p.getParent()) {
      if (p instanceof javafx.scene.control.Spinner<?>
          || p instanceof javafx.scene.control.ComboBoxBase<?>) {
        return true;
      }
    }
    return false;
  }

  private String screenTitle() {
    return new LayoutChecks(scene, "").screenTitle();
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
