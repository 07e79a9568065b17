package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import mllab.App;
import mllab.lesson.Lesson;
import mllab.persist.ProgressStore;
import mllab.persist.SessionFile;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.text.Text;
import mllab.ui.FxQueries;
import mllab.ui.common.NodeIds;
import mllab.ui.evaluation.TrainedLesson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app started with a file, as a desktop's "Open with", a double-click on an associated file or
 * {@code MultiLabelLab file} on the command line starts it: a dataset appears in the import dialog,
 * a session opens where it was saved, and a file that cannot be read says so by name.
 */
class OpenFromOutsideTest {

  @TempDir Path tmp;

  private final FxRobot robot = new FxRobot();
  private Application app;
  private Stage stage;
  private javafx.scene.Scene firstScene;

  @AfterEach
  void close() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    FxToolkit.cleanupStages();
  }

  /**
   * Starts the app the way {@code Application.launch} does with {@code file} as the program's
   * argument: parameters registered, {@code init} off the FX thread, {@code start} on it with the
   * primary stage. Its settings folder is a temporary one.
   */
  private void startWith(Path... file) throws Exception {
    stage = FxToolkit.registerPrimaryStage();
    App started = new App(new ProgressStore(tmp.resolve("home")));
    String[] arguments = java.util.Arrays.stream(file).map(Path::toString).toArray(String[]::new);
    com.sun.javafx.application.ParametersImpl.registerParameters(
        started, new com.sun.javafx.application.ParametersImpl(arguments));
    started.init();
    app = started;
    robot.interact(
        () -> {
          started.start(stage);
          firstScene = stage.getScene();
        });
  }

  /** Waits (on a loaded machine, generously) until {@code condition} holds on the FX thread. */
  private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(
        90, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
  }

  /** Whether the main window shows {@code step}'s screen. */
  private boolean showsStep(Step step) {
    String title = Text.get("common.step.title", String.valueOf(step.number()), step.title());
    return robot.lookup("#" + NodeIds.SCREEN_TITLE).queryAllAs(Labeled.class).stream()
        .anyMatch(
            t ->
                t.getScene() != null
                    && t.getScene().getWindow() == stage
                    && t.getText().equals(title));
  }

  @Test
  void withNothingGivenTheWindowOpensWithItsNameAndThenTheLessonsFirstStep() throws Exception {
    // When the app starts with no file
    startWith();

    // Then its window comes at once with the app's name and one line saying it is opening
    assertEquals(Text.get("app.title"), FxQueries.onFx(stage::getTitle));
    assertEquals(
        Text.get("app.opening"),
        FxQueries.onFx(() -> ((Labeled) firstScene.lookup("#" + NodeIds.OPENING)).getText()));
    double width = FxQueries.onFx(stage::getWidth);

    // And the same window then shows the lesson's first step, at the same size
    waitUntil(() -> showsStep(Step.RAW_DATA));
    assertTrue(robot.lookup("#" + NodeIds.OPENING).tryQuery().isEmpty());
    assertEquals(width, FxQueries.onFx(stage::getWidth));
  }

  @Test
  void aDatasetGivenAtStartOpensInTheImportDialog() throws Exception {
    // Given a CSV with two features and two 0/1 label columns
    Path csv = tmp.resolve("flowers.csv");
    Files.writeString(
        csv, "petal,sepal,red,blue\n0.1,2.0,1,0\n0.4,1.5,0,1\n0.9,0.5,1,1\n0.3,0.7,0,0\n");

    // When the app starts with it
    startWith(csv);

    // Then the import dialog shows it before anything changes
    waitUntil(() -> robot.lookup("#" + NodeIds.IMPORT_SUMMARY).tryQuery().isPresent());
    assertEquals(
        Text.get("dataset.import.title", "flowers.csv"),
        FxQueries.onFx(
            () ->
                ((Stage) robot.lookup("#" + NodeIds.IMPORT_SUMMARY).query().getScene().getWindow())
                    .getTitle()));
  }

  @Test
  void aSessionGivenAtStartOpensOnItsSavedStep() throws Exception {
    // Given a session saved on the Evaluation step of a trained lesson
    PipelineSession lesson = Lesson.session();
    TrainedLesson.train(lesson);
    Path file = tmp.resolve("class." + SessionFile.EXTENSION);
    SessionFile.save(
        SessionFile.capture(
            lesson,
            SessionFile.ThresholdChoice.global(0.7, lesson.dataset().labelCount()),
            Optional.of(Step.EVALUATION)),
        file);

    // When the app starts with it
    startWith(file);

    // Then the window shows the Evaluation step of that session
    waitUntil(() -> showsStep(Step.EVALUATION));
  }

  @Test
  void aMissingFileIsNamedAndTheLessonStays() throws Exception {
    // When the app starts with a file that is not there
    startWith(tmp.resolve("gone.arff"));

    // Then a dialog names the file, and the lesson's dataset is still shown behind it
    waitUntil(
        () ->
            Window.getWindows().stream()
                .anyMatch(
                    w ->
                        w.getScene() != null
                            && w.getScene().getRoot() instanceof DialogPane p
                            && String.valueOf(p.getContentText()).contains("gone.arff")));
    assertTrue(FxQueries.onFx(() -> showsStep(Step.RAW_DATA)));
  }
}
