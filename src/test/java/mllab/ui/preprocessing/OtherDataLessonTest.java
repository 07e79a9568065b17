package mllab.ui.preprocessing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.pipeline.PipelineSession;
import mllab.ui.FxQueries;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.common.SessionModel;
import mllab.ui.common.Styles;
import mllab.ui.shell.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step 2 on data other than the photo lesson: "In plain words" speaks of that data's features and
 * its own test rows, not of pixel intensities and a face detector.
 */
@ExtendWith(ApplicationExtension.class)
class OtherDataLessonTest {

  private Scene scene;
  private PipelineSession session;

  @Start
  void start(Stage stage) {
    session =
        new PipelineSession(
            DatasetGenerator.generate(GeneratorSettings.uniform(300, 12, 9, 0.2, 4)), "other.arff");
    Parent root =
        (Parent)
            new PreprocessingView(
                    new PreprocessingViewModel(
                        new SessionModel(session, BackgroundRunner.sameThread())))
                .createView();
    root.getStyleClass().add(Styles.APP);
    scene = new Scene(root, 1280, 800);
    Theme.LIGHT.apply(scene);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void theLessonNamesThisDatasFeaturesAndItsOwnLeak(FxRobot robot) throws Exception {
    // Given step 2 on a generated 300-row dataset, once its lesson text is drawn to the end
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lessonOnScreen().contains("Key insight"));
    String text = lessonOnScreen();

    // Then it speaks of this data's scales and this split's test values
    assertTrue(text.contains("features of this data"), text);
    assertTrue(text.contains("In this split"), text);
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : java.util.List.of("photo", "pixel", "face")) {
      assertFalse(lower.contains(word), word + " in: " + text);
    }

    // And the note beside the toggle and the lesson agree on how many test values the leak changes
    String changes = String.format(Locale.ROOT, "%,d", session.leakage().differingCells());
    robot.clickOn("#" + NodeIds.FIT_ALL_ROWS);
    WaitForAsyncUtils.waitForFxEvents();
    String note = robot.lookup("#" + NodeIds.SCALING_TEST_NOTE).queryAs(Label.class).getText();
    assertTrue(note.contains("changes " + changes + " of"), note);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lessonOnScreen().contains("Key insight"));
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> lessonOnScreen().contains(changes + " test values change"));
  }

  /** The words of the lesson card as drawn, joined into one line. */
  private String lessonOnScreen() throws Exception {
    return FxQueries.onFx(
        () -> {
          Node card = scene.lookup("#" + NodeIds.LESSON_CARD);
          if (card == null) {
            return "";
          }
          StringBuilder all = new StringBuilder();
          for (Node n : card.lookupAll(".md-text")) {
            all.append(
                    n instanceof javafx.scene.text.Text t
                        ? t.getText()
                        : n instanceof Label l ? l.getText() : "")
                .append(' ');
          }
          return all.toString().replaceAll("\\s+", " ");
        });
  }
}
