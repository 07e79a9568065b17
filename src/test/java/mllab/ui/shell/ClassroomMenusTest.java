package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import mllab.export.Export;
import mllab.lesson.Lesson;
import mllab.persist.ProgressStore;
import mllab.pipeline.PipelineSession;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/** What an instructor does from the menus: question banks in and out, results out. */
@ExtendWith(ApplicationExtension.class)
class ClassroomMenusTest {

  @TempDir static Path home;
  @TempDir Path tmp;

  private MainWindow window;
  private PipelineSession session;

  @Start
  void start(Stage stage) {
    session = Lesson.session();
    window = new MainWindow(session, BackgroundRunner.sameThread(), new ProgressStore(home));
    window.show(stage);
  }

  /** Waits until the node is in the scene: a screen's cards fill in after its first frame. */
  private static void shown(FxRobot robot, String query) {
    try {
      WaitForAsyncUtils.waitFor(
          20,
          java.util.concurrent.TimeUnit.SECONDS,
          () -> robot.lookup(query).tryQuery().isPresent());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(query + " did not appear within 20 s", e);
    }
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  @Test
  void aBrokenBankNamesTheLineAndTheBuiltInQuestionsStay(FxRobot robot) throws Exception {
    // Given a bank whose only question has no answer
    Path bank = tmp.resolve("week3.yaml");
    Files.writeString(
        bank,
        "- id: q1\n  difficulty: easy\n  step: split\n  set: practice\n  prompt: What is 0.2 of 1000?\n"
            + "  options: ['200', '800']\n");
    // When the instructor opens it
    robot.interact(() -> window.openQuestionBank(bank));
    WaitForAsyncUtils.waitForFxEvents();
    // Then Learn says there is no usable question and names the file and line of the problem
    String banner = text(robot, "#" + NodeIds.PROGRESS_BANNER);
    assertTrue(banner.contains("week3.yaml has no usable question"), banner);
    assertTrue(banner.contains("week3.yaml:1"), banner);
  }

  @Test
  void resetToTheLessonRestoresEveryChoice(FxRobot robot) {
    // Given a student who changed the dataset, the split, the scaling and the model
    robot.interact(
        () -> {
          session.setDataset(
              mllab.data.DatasetGenerator.generate(
                  mllab.data.GeneratorSettings.lesson().withRows(300)),
              java.util.Optional.empty(),
              "generated");
          session.setSplit(mllab.split.SplitMethod.ITERATIVE_STRATIFICATION, 0.3, 9);
          session.setFitScope(mllab.prep.FitScope.ALL_ROWS);
          session.setTrainingConfig(session.trainingConfig().withLearningRate(0.5));
        });
    // When the instructor chooses File → Reset to the lesson (Ctrl+Shift+R)
    robot
        .press(
            javafx.scene.input.KeyCode.CONTROL,
            javafx.scene.input.KeyCode.SHIFT,
            javafx.scene.input.KeyCode.R)
        .release(
            javafx.scene.input.KeyCode.R,
            javafx.scene.input.KeyCode.SHIFT,
            javafx.scene.input.KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    // Then the lesson's exact scenario is back
    assertEquals("1,000 rows × 20 features + 4 labels", text(robot, "#shape-output"));
    assertEquals(mllab.split.SplitMethod.RANDOM, session.splitMethod());
    assertEquals(42, session.splitSeed());
    assertEquals(mllab.prep.FitScope.TRAIN_ONLY, session.fitScope());
    assertEquals(mllab.model.TrainingConfig.lesson(), session.trainingConfig());
    assertEquals(800, session.split().train().rows());
  }

  @Test
  void anInstructorHidesTheAdvancedControlsForTheProjector(FxRobot robot) {
    try {
      // Given the Python panel on the raw data step (it fills in after the screen's first frame)
      shown(robot, "#" + NodeIds.PYTHON_PANEL);
      assertTrue(robot.lookup("#" + NodeIds.PYTHON_PANEL).query().isVisible());
      // When the instructor presses Ctrl+Shift+H
      robot
          .press(
              javafx.scene.input.KeyCode.CONTROL,
              javafx.scene.input.KeyCode.SHIFT,
              javafx.scene.input.KeyCode.H)
          .release(
              javafx.scene.input.KeyCode.H,
              javafx.scene.input.KeyCode.SHIFT,
              javafx.scene.input.KeyCode.CONTROL);
      // Then the Python panel is gone here and the hyper-parameters are gone on the training step
      assertFalse(robot.lookup("#" + NodeIds.PYTHON_PANEL).query().isVisible());
      robot.clickOn("#nav-training");
      mllab.ui.FxQueries.awaitTrainingScreen(robot);
      shown(robot, "#" + NodeIds.SETTINGS_CARD);
      assertFalse(robot.lookup("#" + NodeIds.SETTINGS_CARD).query().isVisible());
      // And pressing it again brings them back
      robot
          .press(
              javafx.scene.input.KeyCode.CONTROL,
              javafx.scene.input.KeyCode.SHIFT,
              javafx.scene.input.KeyCode.H)
          .release(
              javafx.scene.input.KeyCode.H,
              javafx.scene.input.KeyCode.SHIFT,
              javafx.scene.input.KeyCode.CONTROL);
      assertTrue(robot.lookup("#" + NodeIds.SETTINGS_CARD).query().isVisible());
      // And hiding them while typing a hyper-parameter leaves the keys to the window, not to the
      // hidden field: 3 then jumps to step 3
      robot.clickOn("#setting-learning-rate");
      robot
          .press(
              javafx.scene.input.KeyCode.CONTROL,
              javafx.scene.input.KeyCode.SHIFT,
              javafx.scene.input.KeyCode.H)
          .release(
              javafx.scene.input.KeyCode.H,
              javafx.scene.input.KeyCode.SHIFT,
              javafx.scene.input.KeyCode.CONTROL);
      robot.type(javafx.scene.input.KeyCode.DIGIT3);
      assertEquals("Step 3 · Train/test split", text(robot, "#" + NodeIds.SCREEN_TITLE));
    } finally {
      mllab.ui.common.Advanced.shownProperty().set(true);
    }
  }

  @Test
  void theQuestionsExportAsMoodleXmlThatReimports(FxRobot robot) throws Exception {
    // When the instructor exports the built-in questions as Moodle XML
    Path xml = tmp.resolve("questions.xml");
    robot.interact(() -> window.exportQuestionBank(true, xml));
    WaitForAsyncUtils.waitForFxEvents();
    // Then the file parses as XML with one question element per built-in question
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    assertEquals(
        mllab.quiz.QuestionBank.builtIn().questions().size(),
        doc.getElementsByTagName("question").getLength());
  }

  private void trainAndShowEvaluationAt(FxRobot robot, double threshold) {
    var run = session.newTrainingRun();
    run.runAll(r -> {});
    robot.interact(() -> session.trainingFinished(run));
    robot.clickOn("#nav-evaluation");
    robot.interact(
        () ->
            ((javafx.scene.control.Slider) robot.lookup("#" + NodeIds.THRESHOLD_SLIDER).query())
                .setValue(threshold));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theEvaluationExportUsesTheThresholdOnScreen(FxRobot robot) throws Exception {
    // Given a trained model and the evaluation screen at threshold 0.8
    trainAndShowEvaluationAt(robot, 0.8);
    // When the predictions are exported
    Path csv = tmp.resolve("predictions.csv");
    robot.interact(() -> window.export(Export.PREDICTIONS_CSV, csv));
    WaitForAsyncUtils.waitForFxEvents();
    // Then every label's threshold column says 0.8
    String firstRow = Files.readAllLines(csv).get(1);
    assertTrue(firstRow.contains(",0.8,"), firstRow);
  }

  @Test
  void theNotebookExportWritesTheSessionAtTheThresholdOnScreen(FxRobot robot) throws Exception {
    // Given the File menu offers the notebook export
    javafx.scene.control.MenuBar bar =
        robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
    assertTrue(
        bar.getMenus().get(0).getItems().stream()
            .anyMatch(i -> "menu-export-notebook".equals(i.getId())));
    // And a trained model on the evaluation screen at threshold 0.8
    trainAndShowEvaluationAt(robot, 0.8);

    // When the session is exported as a notebook
    Path dir = tmp.resolve("notebook");
    robot.interact(() -> window.exports().exportNotebook(dir));
    WaitForAsyncUtils.waitForFxEvents();

    // Then the folder holds the notebook, the script and every file the cells read,
    for (String f :
        java.util.List.of(
            "session.ipynb",
            "session.py",
            "dataset.csv",
            "train_rows.txt",
            "test_rows.txt",
            "weights.json",
            "probabilities.csv",
            "thresholds.json")) {
      assertTrue(Files.isRegularFile(dir.resolve(f)), f);
    }
    // the thresholds are the one on screen, the split has the 800 and 200 rows,
    String thresholds = Files.readString(dir.resolve("thresholds.json"));
    assertTrue(thresholds.replaceAll("\\s", "").contains("[0.8,0.8,0.8,0.8]"), thresholds);
    assertEquals(800, Files.readAllLines(dir.resolve("train_rows.txt")).size());
    assertEquals(200, Files.readAllLines(dir.resolve("test_rows.txt")).size());
    // and the notebook is nbformat 4 whose code cells are the panels' code, in step order
    var nb =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(dir.resolve("session.ipynb").toFile());
    assertEquals(4, nb.get("nbformat").intValue());
    StringBuilder code = new StringBuilder();
    for (var cell : nb.get("cells")) {
      if (cell.get("cell_type").asText().equals("code")) {
        cell.get("source").forEach(line -> code.append(line.asText()));
        code.append("\n\n");
      }
    }
    StringBuilder panels = new StringBuilder();
    for (mllab.pipeline.Step step : mllab.pipeline.Step.values()) {
      var snippet =
          step == mllab.pipeline.Step.EVALUATION
              ? mllab.lesson.StepCards.evaluation(
                  session.predictions().orElseThrow(),
                  session.thresholdState().thresholds(),
                  mllab.eval.MetricReport.of(
                      session.predictions().orElseThrow(), session.thresholdState().thresholds()))
              : mllab.lesson.StepCards.python(session, step);
      panels.append(snippet.code()).append("\n\n");
    }
    assertEquals(panels.toString(), code.toString());
  }
}
