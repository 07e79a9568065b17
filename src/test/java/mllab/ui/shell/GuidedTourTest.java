package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.persist.ProgressStore;
import mllab.pipeline.PipelineSession;
import mllab.text.Text;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The guided tour, driven with Space and Escape only. */
@ExtendWith(ApplicationExtension.class)
class GuidedTourTest {

  @TempDir static Path home;

  private MainWindow window;
  private PipelineSession session;

  @Start
  void start(Stage stage) {
    session = Lesson.session();
    window = new MainWindow(session, BackgroundRunner.sameThread(), new ProgressStore(home));
    window.show(stage);
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void spaceWalksTheFiveStepsAndRevealsWhatTheStudentPredicted(FxRobot robot) {
    // Given the instructor starts the tour (Ctrl+T)
    robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
    assertEquals(
        Text.get("tour.title", 1, 5, Screen.RAW_DATA.title()),
        text(robot, "#" + NodeIds.TOUR_TITLE));
    assertEquals(Screen.RAW_DATA, window.model().current());
    // When Space is pressed three times, the tour reaches model training with a question
    robot.type(KeyCode.SPACE, 3);
    assertEquals(Screen.TRAINING, window.model().current());
    assertTrue(
        text(robot, "#" + NodeIds.TOUR_TEXT).contains("Predict first"),
        text(robot, "#" + NodeIds.TOUR_TEXT));
    // And Space reveals the answer from a real run
    robot.type(KeyCode.SPACE);
    var h = session.history();
    assertEquals(5, h.size());
    assertTrue(
        text(robot, "#" + NodeIds.TOUR_TEXT)
            .startsWith(
                String.format(
                    java.util.Locale.ROOT,
                    "It went down: the test loss fell from %.3f",
                    h.get(0).testLoss())),
        text(robot, "#" + NodeIds.TOUR_TEXT));
    // When Space goes on to evaluation and reveals the threshold question
    robot.type(KeyCode.SPACE);
    assertEquals(Screen.EVALUATION, window.model().current());
    robot.type(KeyCode.SPACE);
    // Then the threshold moved to 0.8 and the narration says recall went down, with the numbers
    assertEquals(
        0.8, ((Slider) robot.lookup("#" + NodeIds.THRESHOLD_SLIDER).query()).getValue(), 1e-9);
    assertTrue(
        text(robot, "#" + NodeIds.TOUR_TEXT).startsWith("Recall went down"),
        text(robot, "#" + NodeIds.TOUR_TEXT));
    // And Escape leaves the tour, keeping the screen as it is
    robot.type(KeyCode.ESCAPE);
    assertFalse(window.tour().activeProperty().get());
    assertFalse(robot.lookup("#" + NodeIds.TOUR_BAR).query().isVisible());
    assertEquals(Screen.EVALUATION, window.model().current());
  }

  @Test
  void theTourEndsWithAClosingMessageAndPutsTheStudentsThresholdBack(FxRobot robot) {
    // Given a trained model and the student's threshold at 0.35 on step 5
    robot.type(KeyCode.DIGIT4);
    mllab.ui.FxQueries.awaitTrainingScreen(robot);
    robot.clickOn("#" + NodeIds.TRAIN_SPEED).type(KeyCode.END);
    robot.clickOn("#train-play");
    robot.type(KeyCode.DIGIT5);
    robot.interact(
        () -> ((Slider) robot.lookup("#" + NodeIds.THRESHOLD_SLIDER).query()).setValue(0.35));
    // When the tour is walked to its end (the last question moves the threshold to 0.8)
    robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
    robot.type(KeyCode.SPACE, 6);
    assertEquals(
        0.8, ((Slider) robot.lookup("#" + NodeIds.THRESHOLD_SLIDER).query()).getValue(), 1e-9);
    robot.type(KeyCode.SPACE);
    // Then a closing message says the tour is done and the threshold is back where it was
    assertEquals("Tour done", text(robot, "#" + NodeIds.TOUR_TITLE));
    assertTrue(
        text(robot, "#" + NodeIds.TOUR_TEXT).contains(Text.get("tour.kept.global", "0.35")),
        text(robot, "#" + NodeIds.TOUR_TEXT));
    assertEquals(
        0.35, ((Slider) robot.lookup("#" + NodeIds.THRESHOLD_SLIDER).query()).getValue(), 1e-9);
    assertEquals("Close (Space)", robot.lookup("#" + NodeIds.TOUR_NEXT).queryButton().getText());
    // And Space closes it
    robot.type(KeyCode.SPACE);
    assertFalse(window.tour().activeProperty().get());
  }

  @Test
  void zoomedInTheTourScrollsToWhatItTalksAbout(FxRobot robot) throws Exception {
    // Given the window at 200 %
    robot.interact(() -> window.zoomProperty().set(2.0));
    // When the tour reaches model training, whose narration is about the learning curves
    robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
    robot.type(KeyCode.SPACE, 3);
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    // Then the curves' card comes into view, below the screen's top edge (the screen fills in
    // its cards over a few pulses; the tour follows the card until they are in)
    java.util.concurrent.Callable<String> where =
        () ->
            org.testfx.util.WaitForAsyncUtils.asyncFx(
                    () -> {
                      javafx.geometry.Bounds view =
                          robot
                              .lookup("#screen-training")
                              .query()
                              .localToScene(
                                  robot.lookup("#screen-training").query().getLayoutBounds());
                      javafx.geometry.Bounds curves =
                          robot
                              .lookup("#" + NodeIds.CURVES_CARD)
                              .query()
                              .localToScene(
                                  robot
                                      .lookup("#" + NodeIds.CURVES_CARD)
                                      .query()
                                      .getLayoutBounds());
                      boolean in =
                          curves.getMinY() >= view.getMinY()
                              && curves.getMinY() < view.getMaxY() - 100;
                      return (in ? "in view: " : "")
                          + "curves at "
                          + curves.getMinY()
                          + " in a view from "
                          + view.getMinY()
                          + " to "
                          + view.getMaxY();
                    })
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
    try {
      org.testfx.util.WaitForAsyncUtils.waitFor(
          10, java.util.concurrent.TimeUnit.SECONDS, () -> where.call().startsWith("in view"));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(where.call(), e);
    }
  }
}
