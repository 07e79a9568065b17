package mllab.ui.shell;

import static mllab.ui.FxQueries.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.eval.Predictions;
import mllab.lesson.Lesson;
import mllab.persist.ProgressStore;
import mllab.persist.RecentFiles;
import mllab.pipeline.PipelineSession;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.evaluation.TrainedLesson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An instructor saves a scenario; a student opens it and sees exactly the same evaluation. */
@ExtendWith(ApplicationExtension.class)
class SessionsTest {

  @TempDir Path tmp;

  private MainWindow window;
  private Scene scene;
  private Stage freshStage;

  @Start
  void start(Stage stage) {
    window =
        new MainWindow(
            Lesson.session(),
            BackgroundRunner.sameThread(),
            new ProgressStore(tmp.resolve("home")));
    scene = window.show(stage);
  }

  @AfterEach
  void closeFresh(FxRobot robot) {
    if (freshStage != null) {
      robot.interact(freshStage::close);
    }
  }

  private static Node byId(FxRobot robot, Scene in, String id) {
    return robot.from(in.getRoot()).lookup("#" + id).query();
  }

  private static String text(FxRobot robot, Scene in, String id) {
    return ((Labeled) byId(robot, in, id)).getText();
  }

  private void trainAndOpenEvaluation(FxRobot robot) {
    robot.interact(
        () -> {
          TrainedLesson.train(window.session().session());
          window.model().show(Screen.EVALUATION);
        });
    WaitForAsyncUtils.waitForFxEvents();
    TrainedLesson.awaitEvaluationCards(robot, scene);
  }

  @Test
  void aSavedSessionReopensWithTheSamePredictionsBitForBitAndTheSameThresholds(FxRobot robot)
      throws Exception {
    // Given a trained lesson on the Evaluation step, label 1's own threshold keyed to 0.80
    trainAndOpenEvaluation(robot);
    robot.clickOn(byId(robot, scene, NodeIds.PER_LABEL_TOGGLE));
    Node slider = byId(robot, scene, "label-threshold-1");
    robot.interact(slider::requestFocus);
    robot.type(KeyCode.RIGHT, 30);
    assertEquals("0.80", text(robot, scene, "label-threshold-value-1"));

    // When the instructor saves the session
    Path file = tmp.resolve("week3.mllab.json");
    robot.interact(() -> window.sessions().save(file));
    WaitForAsyncUtils.waitForFxEvents();

    // And a student opens it in a fresh window on the lesson's defaults
    MainWindow[] fresh = new MainWindow[1];
    Scene[] freshScene = new Scene[1];
    robot.interact(
        () -> {
          freshStage = new Stage();
          fresh[0] =
              new MainWindow(
                  Lesson.session(),
                  BackgroundRunner.sameThread(),
                  new ProgressStore(tmp.resolve("student")));
          freshScene[0] = fresh[0].show(freshStage);
          fresh[0].sessions().open(file);
        });
    WaitForAsyncUtils.waitForFxEvents();
    TrainedLesson.awaitEvaluationCards(robot, freshScene[0]);

    // Then the Evaluation step shows the same probabilities, bit for bit, without a training run
    PipelineSession opened = fresh[0].session().session();
    assertTrue(opened.finishedRun().isEmpty(), "nothing was retrained");
    double[][] expected = window.session().session().predictions().orElseThrow().probabilities();
    double[][] actual = opened.predictions().orElseThrow().probabilities();
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], actual[i], 0.0, "row " + i);
    }
    // And the same step and thresholds
    assertEquals(Screen.EVALUATION, fresh[0].model().current());
    assertEquals(window.currentThresholds(), fresh[0].currentThresholds());
    assertEquals("0.80", text(robot, freshScene[0], "label-threshold-value-1"));
    assertTrue(((ToggleButton) byId(robot, freshScene[0], NodeIds.PER_LABEL_TOGGLE)).isSelected());
    // And the training step shows the saved epochs, not an untrained run
    robot.interact(() -> fresh[0].model().show(Screen.TRAINING));
    mllab.ui.FxQueries.awaitTrainingScreen(robot, freshScene[0]);
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.TableView<?> epochs =
        (javafx.scene.control.TableView<?>) byId(robot, freshScene[0], NodeIds.EPOCH_TABLE);
    assertEquals(window.session().session().history().size(), epochs.getItems().size());
    // And both windows list the file under File → Recent
    RecentFiles.Entry entry =
        new RecentFiles.Entry(RecentFiles.Kind.SESSION, file.toAbsolutePath());
    assertEquals(java.util.List.of(entry), window.sessions().recent());
    assertEquals(java.util.List.of(entry), fresh[0].sessions().recent());
  }

  @Test
  void aSessionSavedWithValidationPosWeightAndEarlyStoppingShowsThemInSteps3And4(FxRobot robot)
      throws Exception {
    // Given a session saved with a 20 % validation part, rare labels weighted and early stopping
    // after 4 epochs without a better validation loss
    PipelineSession saved = Lesson.session();
    saved.setValidation(mllab.split.SplitMethod.RANDOM, 0.2);
    saved.setTraining(saved.trainingConfig(), new mllab.model.RunOptions(4, true));
    Path file = tmp.resolve("options.mllab.json");
    mllab.persist.SessionFile.save(
        mllab.persist.SessionFile.capture(
            saved,
            mllab.persist.SessionFile.ThresholdChoice.global(0.5, 4),
            java.util.Optional.of(mllab.pipeline.Step.SPLIT)),
        file);

    // When a student opens it in a fresh window on the lesson's defaults (no validation part,
    // no weighting, no early stopping)
    MainWindow[] fresh = new MainWindow[1];
    Scene[] freshScene = new Scene[1];
    robot.interact(
        () -> {
          freshStage = new Stage();
          fresh[0] =
              new MainWindow(
                  Lesson.session(),
                  BackgroundRunner.sameThread(),
                  new ProgressStore(tmp.resolve("student")));
          freshScene[0] = fresh[0].show(freshStage);
          fresh[0].sessions().open(file);
        });
    WaitForAsyncUtils.waitForFxEvents();

    // Then step 3 shows the validation part ticked at 20 % and the bar's validation rows
    assertEquals(Screen.SPLIT, fresh[0].model().current());
    int validationRows = fresh[0].session().session().split().validationRows();
    assertTrue(validationRows > 0, "validation rows: " + validationRows);
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            onFx(
                () ->
                    ((javafx.scene.control.CheckBox)
                            byId(robot, freshScene[0], NodeIds.SPLIT_VALIDATION))
                        .isSelected()));
    assertEquals("20 %", onFx(() -> text(robot, freshScene[0], NodeIds.VALIDATION_FRACTION_VALUE)));
    assertEquals(
        mllab.text.Text.get("split.part.validation", String.valueOf(validationRows)),
        onFx(() -> text(robot, freshScene[0], NodeIds.VALIDATION_COUNT)));

    // And step 4's weighting and early-stopping boxes are ticked, with the patience of 4
    robot.interact(() -> fresh[0].model().show(Screen.TRAINING));
    mllab.ui.FxQueries.awaitTrainingScreen(robot, freshScene[0]);
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            onFx(
                () ->
                    ((javafx.scene.control.CheckBox)
                            byId(robot, freshScene[0], NodeIds.SETTING_POS_WEIGHT))
                        .isSelected()));
    assertTrue(
        onFx(
            () ->
                ((javafx.scene.control.CheckBox)
                        byId(robot, freshScene[0], NodeIds.SETTING_EARLY_STOPPING))
                    .isSelected()));
    assertTrue(
        onFx(() -> !byId(robot, freshScene[0], NodeIds.SETTING_EARLY_STOPPING).isDisabled()));
    assertEquals(
        4,
        (int)
            onFx(
                () ->
                    ((javafx.scene.control.Spinner<?>)
                            byId(robot, freshScene[0], NodeIds.SETTING_PATIENCE))
                        .getValue()));
    assertTrue(onFx(() -> !byId(robot, freshScene[0], NodeIds.SETTING_PATIENCE).isDisabled()));
  }

  @Test
  void aTruncatedSessionFileNamesTheFileAndLineAndChangesNothing(FxRobot robot) throws Exception {
    // Given a trained lesson on the Evaluation step at threshold 0.60, and a session file cut in
    // half
    trainAndOpenEvaluation(robot);
    Node slider = byId(robot, scene, NodeIds.THRESHOLD_SLIDER);
    robot.interact(slider::requestFocus);
    robot.type(KeyCode.RIGHT, 10);
    assertEquals("0.60", text(robot, scene, NodeIds.THRESHOLD_VALUE));
    Path file = tmp.resolve("broken.mllab.json");
    robot.interact(() -> window.sessions().save(file));
    WaitForAsyncUtils.waitForFxEvents();
    String json = Files.readString(file);
    Files.writeString(file, json.substring(0, json.length() / 2));
    Predictions before = window.session().session().predictions().orElseThrow();

    // When it is opened
    robot.interact(() -> window.sessions().open(file));
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> robot.lookup("#" + NodeIds.SESSION_ERROR).tryQuery().isPresent());

    // Then a dialog names the file and the line, and the work on screen is untouched
    String message =
        robot.lookup("#" + NodeIds.SESSION_ERROR).queryAs(DialogPane.class).getContentText();
    assertTrue(message.contains("broken.mllab.json") && message.contains("line "), message);
    assertTrue(message.contains("current work is unchanged"), message);
    assertSame(before, window.session().session().predictions().orElseThrow());
    assertEquals(Screen.EVALUATION, window.model().current());
    assertEquals("0.60", text(robot, scene, NodeIds.THRESHOLD_VALUE));
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void withTheRealBackgroundRunnerTheOpenedPerLabelThresholdsReplaceTheOnesOnScreen(FxRobot robot)
      throws Exception {
    // Given a session saved with label 2's own threshold at 0.30
    trainAndOpenEvaluation(robot);
    robot.clickOn(byId(robot, scene, NodeIds.PER_LABEL_TOGGLE));
    Node slider = byId(robot, scene, "label-threshold-2");
    robot.interact(slider::requestFocus);
    robot.type(KeyCode.LEFT, 20);
    assertEquals("0.30", text(robot, scene, "label-threshold-value-2"));
    Path file = tmp.resolve("real.mllab.json");
    robot.interact(() -> window.sessions().save(file));
    WaitForAsyncUtils.waitForFxEvents();

    // And a window that reads in the background, its Evaluation step already open at 0.50
    mllab.ui.common.FxBackgroundRunner runner = new mllab.ui.common.FxBackgroundRunner();
    MainWindow[] fresh = new MainWindow[1];
    Scene[] freshScene = new Scene[1];
    PipelineSession trained = TrainedLesson.session();
    robot.interact(
        () -> {
          freshStage = new Stage();
          fresh[0] = new MainWindow(trained, runner, new ProgressStore(tmp.resolve("student")));
          freshScene[0] = fresh[0].show(freshStage);
          fresh[0].model().show(Screen.EVALUATION);
        });
    WaitForAsyncUtils.waitForFxEvents();
    TrainedLesson.awaitEvaluationCards(robot, freshScene[0]);
    assertEquals("0.50", text(robot, freshScene[0], NodeIds.THRESHOLD_VALUE));

    // When the session is opened
    robot.interact(() -> fresh[0].sessions().open(file));
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> fresh[0].sessions().statusProperty().get().startsWith("Opened"));
    WaitForAsyncUtils.waitForFxEvents();

    // Then the saved model replaced the window's own run, and the saved threshold is the one shown
    assertTrue(trained.finishedRun().isEmpty(), "the window's own run gave way to the saved model");
    assertTrue(((ToggleButton) byId(robot, freshScene[0], NodeIds.PER_LABEL_TOGGLE)).isSelected());
    assertEquals("0.30", text(robot, freshScene[0], "label-threshold-value-2"));
    assertEquals(window.currentThresholds(), fresh[0].currentThresholds());
    assertArrayEquals(
        window.session().session().predictions().orElseThrow().probabilities()[0],
        trained.predictions().orElseThrow().probabilities()[0],
        0.0);
    runner.shutdown();
  }
}
