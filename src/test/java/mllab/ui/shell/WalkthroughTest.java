package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.pipeline.Step;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A student's path through the window: the five steps by mouse and by keyboard, and datasets. */
@ExtendWith(ApplicationExtension.class)
class WalkthroughTest {

  @TempDir static Path progressFolder;

  private MainWindow window;

  @Start
  void start(Stage stage) {
    window =
        new MainWindow(
            Lesson.session(),
            BackgroundRunner.sameThread(),
            new mllab.persist.ProgressStore(progressFolder));
    window.show(stage);
  }

  /**
   * Writes {@code csv} to {@code file} and opens it as the student would (the chooser's result).
   */
  private void open(FxRobot robot, Path file, String csv) throws java.io.IOException {
    Files.writeString(file, csv);
    robot.interact(() -> window.datasetMenu().open(file));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * Waits until the import dialog's "Use this dataset" can be pressed: the file is read and the
   * label list and the preview, which join the dialog a pulse or two after it opens, are there.
   */
  private static void awaitImportReady(FxRobot robot) throws java.util.concurrent.TimeoutException {
    WaitForAsyncUtils.waitFor(
        10,
        java.util.concurrent.TimeUnit.SECONDS,
        () ->
            mllab.ui.FxQueries.onFx(
                () ->
                    robot.lookup("#" + NodeIds.IMPORT_OK).tryQueryAs(Button.class).stream()
                        .anyMatch(b -> !b.isDisabled())));
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  private static String title(Step s) {
    return "Step " + s.number() + " · " + s.title();
  }

  @Test
  void studentClicksNextThroughAllFiveSteps(FxRobot robot) {
    // Given the app just opened on the raw data
    assertEquals(title(Step.RAW_DATA), text(robot, "#" + NodeIds.SCREEN_TITLE));
    assertTrue(robot.lookup("#" + NodeIds.BACK_BUTTON).queryButton().isDisabled());
    // When the student clicks Next four times, each step's screen appears in order
    for (Step s : Step.values()) {
      assertEquals(title(s), text(robot, "#" + NodeIds.SCREEN_TITLE));
      if (s != Step.EVALUATION) {
        robot.clickOn("#" + NodeIds.NEXT_BUTTON);
      }
    }
    // Then the last step's Next says where it goes, and leads to Learn, where the path ends
    Button next = robot.lookup("#" + NodeIds.NEXT_BUTTON).queryButton();
    assertEquals("Next: Learn", next.getText());
    assertEquals("Next: Learn (Ctrl+Right)", next.getAccessibleText());
    robot.clickOn("#" + NodeIds.NEXT_BUTTON);
    assertEquals(Screen.LEARN, window.model().current());
    assertTrue(next.isDisabled());
    assertEquals("Next", next.getText());
    robot
        .press(KeyCode.CONTROL)
        .press(KeyCode.RIGHT)
        .release(KeyCode.RIGHT)
        .release(KeyCode.CONTROL);
    assertEquals(Screen.LEARN, window.model().current());
    // And Back returns to step 5, then one step further back
    robot.clickOn("#" + NodeIds.BACK_BUTTON);
    assertEquals(title(Step.EVALUATION), text(robot, "#" + NodeIds.SCREEN_TITLE));
    robot.clickOn("#" + NodeIds.BACK_BUTTON);
    assertEquals(title(Step.TRAINING), text(robot, "#" + NodeIds.SCREEN_TITLE));
  }

  @Test
  void studentUsesOnlyTheKeyboard(FxRobot robot) {
    // Given the first step; when Ctrl+Right is pressed four times
    for (int i = 0; i < 4; i++) {
      robot
          .press(KeyCode.CONTROL)
          .press(KeyCode.RIGHT)
          .release(KeyCode.RIGHT)
          .release(KeyCode.CONTROL);
    }
    // Then the evaluation step shows
    assertEquals(title(Step.EVALUATION), text(robot, "#" + NodeIds.SCREEN_TITLE));
    // And Ctrl+Left goes back, digits jump, L opens Learn
    robot.press(KeyCode.CONTROL).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.CONTROL);
    assertEquals(title(Step.TRAINING), text(robot, "#" + NodeIds.SCREEN_TITLE));
    robot.type(KeyCode.DIGIT2);
    assertEquals(title(Step.PREPROCESSING), text(robot, "#" + NodeIds.SCREEN_TITLE));
    robot.type(KeyCode.DIGIT3);
    assertEquals(title(Step.SPLIT), text(robot, "#" + NodeIds.SCREEN_TITLE));
    robot.type(KeyCode.L);
    assertEquals(Screen.LEARN, window.model().current());
    robot.type(KeyCode.DIGIT1);
    assertEquals(title(Step.RAW_DATA), text(robot, "#" + NodeIds.SCREEN_TITLE));
  }

  @Test
  void cardsShowTheLessonsShapes(FxRobot robot) {
    // The raw data card shows the bundled dataset's real shape
    assertEquals("1,000 rows × 20 features + 4 labels", text(robot, "#shape-output"));
    // The split step shows 800 train / 200 test
    robot.clickOn("#nav-split");
    assertEquals("800 train / 200 test", text(robot, "#shape-output"));
    assertEquals("800 train", text(robot, "#" + NodeIds.TRAIN_COUNT));
    // The navigator says which steps are computed
    assertEquals("ready", text(robot, "#nav-split-state"));
    assertEquals("not yet computed", text(robot, "#nav-evaluation-state"));
  }

  @Test
  void changingTheTestFractionRecomputesTheSplit(FxRobot robot) {
    // Given the split step
    robot.clickOn("#nav-split");
    // When the student moves the test fraction slider up one notch with the keyboard
    robot.interact(() -> robot.lookup("#" + NodeIds.TEST_FRACTION_SLIDER).query().requestFocus());
    robot.type(KeyCode.RIGHT);
    WaitForAsyncUtils.waitForFxEvents();
    // Then the split has 750 / 250 rows and the card follows
    assertEquals("750 train / 250 test", text(robot, "#shape-output"));
  }

  @Test
  void aMulanDatasetOpensThroughTheImportDialog(FxRobot robot) throws Exception {
    Path dir = Path.of(System.getProperty("mllab.datasets", "../shared/datasets"), "emotions");
    Assumptions.assumeTrue(Files.isDirectory(dir), "the shared benchmark datasets are not here");
    // When the student opens emotions-train.arff (the file chooser's result) and confirms
    robot.interact(() -> window.datasetMenu().open(dir.resolve("emotions-train.arff")));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(text(robot, "#" + NodeIds.IMPORT_LABELS).contains("amazed-suprised"));
    awaitImportReady(robot);
    robot.clickOn("#" + NodeIds.IMPORT_OK);
    WaitForAsyncUtils.waitForFxEvents();
    // Then the cards show emotions' shape, with the published train/test split kept
    assertEquals("593 rows × 72 features + 6 labels", text(robot, "#shape-output"));
    robot.clickOn("#nav-split");
    assertEquals("391 train / 202 test", text(robot, "#shape-output"));
  }

  @Test
  void theImportDialogAppliesOnlyTheLabelColumnsItShows(FxRobot robot, @TempDir Path tmp)
      throws Exception {
    // Given a CSV whose last three columns are 0/1 (detected as three labels)
    open(
        robot, tmp.resolve("tags.csv"), "size,a,b,c\n0.5,1,0,1\n0.1,0,1,1\n0.3,1,1,0\n0.9,0,0,1\n");
    awaitImportReady(robot);
    // When the student chooses "the last N columns", types 2 in the count, from the keyboard
    javafx.scene.control.ComboBox<?> mode =
        robot.lookup("#" + NodeIds.IMPORT_LABEL_MODE).queryAs(javafx.scene.control.ComboBox.class);
    robot.interact(() -> mode.getSelectionModel().select(1));
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.Spinner<?> count =
        robot.lookup("#" + NodeIds.IMPORT_LABEL_COUNT).queryAs(javafx.scene.control.Spinner.class);
    // Then until the data is read again with that choice, OK cannot apply the old preview
    robot.interact(
        () -> {
          count.requestFocus();
          count.getEditor().setText("2");
        });
    robot.interact(count::commitValue);
    assertTrue(
        robot.lookup("#" + NodeIds.IMPORT_OK).queryButton().isDisabled(), "OK waits for a re-read");
    // When they press Enter in the count, it reads again, and OK applies what is shown
    robot.interact(
        () -> {
          count.requestFocus();
          count.getEditor().setText("2");
        });
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        robot.lookup("#" + NodeIds.IMPORT_OK).queryButton().isVisible(),
        "the dialog is still open");
    assertTrue(!robot.lookup("#" + NodeIds.IMPORT_OK).queryButton().isDisabled(), "OK is back");
    robot.clickOn("#" + NodeIds.IMPORT_OK);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("4 rows × 2 features + 2 labels", text(robot, "#shape-output"));
  }

  @Test
  void missingValuesAreNeverGuessedTheStudentChoosesToFillThem(FxRobot robot, @TempDir Path tmp)
      throws Exception {
    // Given a CSV with an empty and a '?' feature value
    // When the student opens it, the app asks what to do instead of guessing
    open(
        robot,
        tmp.resolve("gaps.csv"),
        "brightness,contrast,beach,sunset\n0.5,0.2,1,0\n0.1,,0,1\n0.3,?,1,1\n");
    DialogPane ask = robot.lookup("#" + NodeIds.MISSING_VALUES).queryAs(DialogPane.class);
    assertTrue(ask.getContentText().contains("gaps.csv"), ask.getContentText());
    // And choosing to fill with the mean keeps all three rows
    robot.clickOn("Fill with the column mean");
    awaitImportReady(robot);
    robot.clickOn("#" + NodeIds.IMPORT_OK);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("3 rows × 2 features + 2 labels", text(robot, "#shape-output"));
  }

  @Test
  void aBadFileShowsWhereItIsWrongAndKeepsTheDataset(FxRobot robot, @TempDir Path tmp)
      throws Exception {
    // Given a CSV with a word where a number belongs on line 3
    Path bad = tmp.resolve("bad.csv");
    Files.writeString(bad, "height,weight,tall\n1.5,60,0\n1.8,heavy,1\n");
    // When the student opens it
    robot.interact(() -> window.datasetMenu().open(bad));
    WaitForAsyncUtils.waitForFxEvents();
    // Then an error dialog names the file and the line
    DialogPane error = robot.lookup("#" + NodeIds.DATASET_ERROR).queryAs(DialogPane.class);
    assertTrue(error.getContentText().contains("bad.csv"), error.getContentText());
    assertTrue(error.getContentText().contains("line 3"), error.getContentText());
    robot.clickOn((Button) error.lookupButton(javafx.scene.control.ButtonType.OK));
    // And the lesson dataset is still the current one
    assertEquals("1,000 rows × 20 features + 4 labels", text(robot, "#shape-output"));
  }

  @Test
  void aLongStatusLineNeverCutsBackNextOrThePosition(FxRobot robot, @TempDir Path tmp)
      throws Exception {
    // Given a dataset whose file name alone is wider than the window's footer
    String name =
        "a-benchmark-set-with-a-very-long-descriptive-file-name-as-they-come-from-"
            + "archives-of-multi-label-data-with-hundreds-of-labels.csv";
    open(robot, tmp.resolve(name), "size,a,b\n0.5,1,0\n0.1,0,1\n0.3,1,1\n0.9,0,0\n");
    awaitImportReady(robot);
    robot.clickOn("#" + NodeIds.IMPORT_OK);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(text(robot, "#" + NodeIds.DATASET_STATUS).contains(name));

    // Then Back, Next and the position keep their whole text; the status line gives way
    for (String id :
        new String[] {
          "#" + NodeIds.BACK_BUTTON, "#" + NodeIds.NEXT_BUTTON, "#" + NodeIds.POSITION_LABEL
        }) {
      javafx.scene.control.Labeled l = robot.lookup(id).queryAs(javafx.scene.control.Labeled.class);
      // The label's own text node (an icon is a text node too, without this style class)
      String shown =
          robot
              .lookup(id)
              .lookup(
                  (javafx.scene.Node n) ->
                      n instanceof javafx.scene.text.Text && n.getStyleClass().contains("text"))
              .queryAll()
              .stream()
              .map(n -> ((javafx.scene.text.Text) n).getText())
              .findFirst()
              .orElse("");
      assertEquals(l.getText(), shown, id + " is cut");
    }
  }
}
