package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.ui.FxQueries;
import mllab.ui.common.AfterFirstLayout;
import mllab.ui.common.FxBackgroundRunner;
import mllab.ui.common.NodeIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window as the app opens it builds the steps a student has not opened yet while it is idle,
 * hidden: a click on step 4 then shows its whole screen in the first frame, with nothing of it left
 * to fill in, and the student never sees, tabs into or finds the screens built in the background.
 */
@ExtendWith(ApplicationExtension.class)
class BuildStepsAheadTest {

  private MainWindow window;
  private Scene scene;

  /** For each pulse after the click that shows step 4: whether its epoch table was in the scene. */
  private final List<Boolean> tableInFirstFrame = new ArrayList<>();

  @Start
  void start(Stage stage) {
    window = new MainWindow(Lesson.session(), new FxBackgroundRunner());
    window.buildStepsAhead();
    scene = window.show(stage);
  }

  @Test
  void aClickedStepIsWholeInItsFirstFrame(FxRobot robot) {
    // Given the window has been left alone on step 1 for a while
    FxQueries.await("the other steps built ahead", 30, () -> window.stepsBuiltAhead());

    // Then only step 1 is in the window: nothing built ahead is on screen or can be reached, and
    // no window but the main one was ever shown for it
    assertEquals(
        1,
        FxQueries.onFx(
            () -> javafx.stage.Window.getWindows().stream().filter(w -> w.isShowing()).count()));
    Pane content = (Pane) FxQueries.onFx(() -> scene.lookup("#" + NodeIds.SCREEN_CONTENT));
    assertEquals(1, FxQueries.onFx(() -> content.getChildren().size()));
    assertNull(FxQueries.onFx(() -> scene.lookup("#screen-training")));
    assertNull(FxQueries.onFx(() -> scene.lookup("#" + NodeIds.EPOCH_TABLE)));

    // When the student clicks step 4
    FxQueries.onFx(
        () -> {
          scene.addPostLayoutPulseListener(
              new Runnable() {
                @Override
                public void run() {
                  if (scene.lookup("#screen-training") != null) {
                    scene.removePostLayoutPulseListener(this);
                    tableInFirstFrame.add(
                        scene.lookup("#" + NodeIds.EPOCH_TABLE) != null
                            && !AfterFirstLayout.pending(scene));
                  }
                }
              });
          return null;
        });
    robot.clickOn("#nav-training");
    FxQueries.await("step 4 on screen", () -> !tableInFirstFrame.isEmpty());

    // Then its first frame already holds everything, down to the epoch table
    assertEquals(List.of(true), FxQueries.onFx(() -> List.copyOf(tableInFirstFrame)));
    Node shown = FxQueries.onFx(() -> content.getChildren().get(0));
    assertTrue(FxQueries.onFx(shown::isVisible), "the step shown is visible");
    assertEquals(1, FxQueries.onFx(() -> content.getChildren().size()));
    assertFalse(FxQueries.onFx(() -> scene.lookup("#screen-raw-data") != null), "step 1 left");
  }

  @Test
  void stepsBuiltAheadCatchUpWithANewDataset(FxRobot robot) {
    // Given every step was built ahead with the photo lesson
    FxQueries.await("the other steps built ahead", 30, () -> window.stepsBuiltAhead());

    // When another dataset is put in use, and the window is left alone a while
    int before = FxQueries.onFx(() -> window.session().revisionProperty().get());
    FxQueries.onFx(
        () -> {
          window
              .session()
              .session()
              .setGeneratedDataset(
                  mllab.data.DatasetGenerator.generate(
                      mllab.data.GeneratorSettings.uniform(300, 12, 9, 0.2, 4)),
                  mllab.data.GeneratorSettings.uniform(300, 12, 9, 0.2, 4),
                  "other.arff");
          return null;
        });
    FxQueries.await(
        "the new dataset in use",
        () ->
            window.session().revisionProperty().get() > before
                && !window.session().preparingProperty().get());
    FxQueries.await("the steps caught up", 30, () -> window.stepsBuiltAhead());

    // Then step 2, clicked, speaks of the new data from its first frame
    robot.clickOn("#nav-preprocessing");
    String lesson =
        FxQueries.onFx(
            () -> {
              StringBuilder all = new StringBuilder();
              for (Node n : scene.lookup("#" + NodeIds.LESSON_CARD).lookupAll(".md-text")) {
                if (n instanceof javafx.scene.text.Text t) {
                  all.append(t.getText());
                }
              }
              return all.toString();
            });
    assertTrue(lesson.contains("features of this data"), lesson);
    assertFalse(lesson.toLowerCase(java.util.Locale.ROOT).contains("pixel"), lesson);
  }

  @Test
  void aStepClickedWhileItIsBeingBuiltAheadIsShownAndFillsIn(FxRobot robot) {
    // Given the window has started building a step ahead, hidden, behind step 1
    Pane content = (Pane) FxQueries.onFx(() -> scene.lookup("#" + NodeIds.SCREEN_CONTENT));
    FxQueries.await("a step being built ahead", 30, () -> content.getChildren().size() == 2);
    Node hidden = FxQueries.onFx(() -> content.getChildren().get(1));
    assertFalse(FxQueries.onFx(hidden::isVisible), "built ahead, hidden");
    String id = FxQueries.onFx(hidden::getId);
    Screen step =
        java.util.Arrays.stream(Screen.values())
            .filter(s -> ("screen-" + s.navId().substring("nav-".length())).equals(id))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no step for " + id));

    // When the student clicks that step at once
    robot.clickOn("#" + step.navId());

    // Then it is the one screen in the window, visible, and it fills in to the end
    assertEquals(List.of(hidden), FxQueries.onFx(() -> List.copyOf(content.getChildren())));
    assertTrue(FxQueries.onFx(hidden::isVisible), "shown");
    FxQueries.awaitFilledIn(scene);
    assertEquals(List.of(hidden), FxQueries.onFx(() -> List.copyOf(content.getChildren())));
    assertTrue(FxQueries.onFx(hidden::isVisible));
    FxQueries.await("every step built ahead", 30, () -> window.stepsBuiltAhead());
    assertEquals(List.of(hidden), FxQueries.onFx(() -> List.copyOf(content.getChildren())));
  }
}
