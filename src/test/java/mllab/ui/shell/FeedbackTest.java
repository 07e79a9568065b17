package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.persist.LastFolder;
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
import org.testfx.util.WaitForAsyncUtils;

/** Feedback a student would otherwise miss: confirmations, file dialogs' folders, asking first. */
@ExtendWith(ApplicationExtension.class)
class FeedbackTest {

  @TempDir Path config;
  @TempDir Path documents;

  private MainWindow window;
  private PipelineSession session;

  /** The folder each file dialog opened in, in order. */
  private final List<Path> offered = new ArrayList<>();

  /** The file names the person picks, in order. */
  private final List<String> picks = new ArrayList<>();

  @Start
  void start(Stage stage) {
    session = Lesson.session();
    window = new MainWindow(session, BackgroundRunner.sameThread(), new ProgressStore(config));
    // The person at the file dialog picks the next name, in the folder the dialog opened in,
    // unless the name says otherwise.
    window
        .fileDialogs()
        .setPerson(
            (chooser, owner, save) -> {
              Path in = chooser.getInitialDirectory().toPath();
              offered.add(in);
              String name = picks.remove(0);
              return name.contains(File.separator) ? new File(name) : in.resolve(name).toFile();
            });
    window.show(stage);
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  private void train(FxRobot robot) {
    var run = session.newTrainingRun();
    run.runAll(r -> {});
    robot.interact(() -> session.trainingFinished(run));
  }

  private static void shortcut(FxRobot robot, KeyCode... keys) {
    robot.press(keys);
    List<KeyCode> reversed = new ArrayList<>(List.of(keys));
    java.util.Collections.reverse(reversed);
    robot.release(reversed.toArray(KeyCode[]::new));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void exportAndSaveSayWhatWasWrittenAndTheDialogsOpenWhereTheUserWasLast(FxRobot robot)
      throws Exception {
    // Given a trained model, and a person who exports into a results folder of their own
    train(robot);
    Path results = Files.createDirectory(documents.resolve("results"));
    picks.add(results.resolve("week3-predictions.csv").toString());

    // When they choose File → Export → Predictions
    robot
        .clickOn("File")
        .clickOn("Export")
        .clickOn("Predictions with probabilities and thresholds (predictions.csv)…");
    WaitForAsyncUtils.waitForFxEvents();

    // Then the first dialog opened in their home folder, not in the app's folder
    Path home = Path.of(System.getProperty("user.home"));
    assertEquals(List.of(home), offered);
    assertFalse(offered.get(0).toAbsolutePath().equals(Path.of("").toAbsolutePath()));
    // And the file is there, and the status bar says which file was written where
    assertTrue(Files.isRegularFile(results.resolve("week3-predictions.csv")));
    // And its rows count from 1, as the predictions table on screen does, and the header says so
    List<String> lines = Files.readAllLines(results.resolve("week3-predictions.csv"));
    assertTrue(lines.get(0).startsWith("test_row_from_1,"), lines.get(0));
    assertTrue(lines.get(1).startsWith("1,") && lines.get(200).startsWith("200,"), lines.get(1));
    Label notice = robot.lookup("#" + NodeIds.STATUS_NOTICE).queryAs(Label.class);
    assertTrue(notice.isVisible());
    assertEquals(
        Text.get(
            "shell.notice.exported",
            mllab.export.Export.PREDICTIONS_CSV.title(),
            "week3-predictions.csv",
            "results"),
        notice.getText());
    assertEquals(notice.getText(), notice.getAccessibleText());

    // When they save the session with Ctrl+S, the dialog opens in the results folder
    picks.add("week3.mllab.json");
    shortcut(robot, KeyCode.CONTROL, KeyCode.S);
    assertEquals(results, offered.get(1));
    assertTrue(Files.isRegularFile(results.resolve("week3.mllab.json")));
    assertEquals(
        Text.get("shell.session.saved", "week3.mllab.json", "results"),
        text(robot, "#" + NodeIds.STATUS_NOTICE));

    // And the folder is remembered beside the recent files for the next start
    assertEquals(results, LastFolder.in(config).folder());
  }

  @Test
  void resetAsksBeforeThrowingAwayATrainedModelAndTunedThresholds(FxRobot robot) {
    // Given a trained model evaluated at threshold 0.7
    train(robot);
    robot.clickOn("#nav-evaluation");
    robot.interact(
        () -> robot.lookup("#" + NodeIds.THRESHOLD_SLIDER).queryAs(Slider.class).setValue(0.7));
    WaitForAsyncUtils.waitForFxEvents();

    // When the student presses Ctrl+Shift+R, a dialog names what would be lost
    shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
    DialogPane dialog = robot.lookup("#reset-question").queryAs(DialogPane.class);
    String body = dialog.getContentText();
    assertTrue(body.contains("• the trained model (5 epochs)"), body);
    assertTrue(
        body.contains(
            "• the thresholds you set on step 5 (beach 0.70, sunset 0.70, people 0.70,"
                + " city 0.70)"),
        body);

    // When they press Escape, nothing is lost
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#reset-question").tryQuery().isEmpty());
    assertEquals(Screen.EVALUATION, window.model().current());
    assertTrue(session.finishedRun().isPresent());

    // When they ask again and confirm with Enter, the lesson is back
    shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
    assertTrue(robot.lookup("#reset-question-confirm").queryButton().isDefaultButton());
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Screen.RAW_DATA, window.model().current());
    assertFalse(session.finishedRun().isPresent());
  }

  @Test
  void theCheckQuestionSpeaksOfAsManyLabelsAsTheDataHas(FxRobot robot) throws Exception {
    // Given step 1 of the lesson (4 labels), with its check question read in the background
    java.util.concurrent.Callable<Boolean> cardShown =
        () -> robot.lookup("#check-yourself-option-0").tryQuery().isPresent();
    WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, cardShown);
    WaitForAsyncUtils.waitForFxEvents();

    // Then the question shows a vector of four zeros and speaks of 4 labels
    assertTrue(shownText(robot).contains("[0, 0, 0, 0]"), shownText(robot));
    assertEquals(
        "The row has none of the 4 labels, which is allowed.",
        robot
            .lookup("#check-yourself-option-0")
            .queryAs(javafx.scene.control.ToggleButton.class)
            .getText());

    // When a dataset with 3 labels is opened, the card follows it
    Path three = documents.resolve("three.csv");
    Files.writeString(three, "a,b,x,y,z\n1,2,0,1,0\n3,4,1,0,0\n5,6,0,0,1\n7,8,1,1,0\n");
    mllab.data.Dataset threeLabels =
        mllab.data.io.DatasetReader.read(three, mllab.data.io.ReadOptions.defaults()).train();
    robot.interact(() -> session.setDataset(threeLabels, java.util.Optional.empty(), "three.csv"));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        shownText(robot).contains("[0, 0, 0]") && !shownText(robot).contains("[0, 0, 0, 0]"),
        shownText(robot));
    assertEquals(
        "The row has none of the 3 labels, which is allowed.",
        robot
            .lookup("#check-yourself-option-0")
            .queryAs(javafx.scene.control.ToggleButton.class)
            .getText());
  }

  /** Every text of the check question's prompt as shown. */
  private static String shownText(FxRobot robot) {
    StringBuilder all = new StringBuilder();
    robot
        .lookup("#check-yourself-question-prompt")
        .lookup((javafx.scene.Node n) -> true)
        .queryAll()
        .forEach(
            n -> {
              if (n instanceof javafx.scene.text.Text t) {
                all.append(t.getText());
              } else if (n instanceof Label l) {
                all.append(l.getText());
              }
            });
    return all.toString();
  }
}
