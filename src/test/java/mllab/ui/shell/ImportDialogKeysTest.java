package mllab.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import mllab.lesson.Lesson;
import mllab.ui.FxQueries;
import mllab.ui.common.FxBackgroundRunner;
import mllab.ui.common.NodeIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The import dialog from the keyboard: a student who opens a file and presses Enter once it has
 * been read gets the dialog's default action, "Use this dataset", not Cancel (which had the focus
 * while the file was read, as the only button not disabled).
 */
@ExtendWith(ApplicationExtension.class)
class ImportDialogKeysTest {

  @TempDir Path tmp;

  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow(Lesson.session(), new FxBackgroundRunner());
    window.show(stage);
  }

  @Test
  void enterOnceTheFileIsReadUsesTheDataset(FxRobot robot) throws Exception {
    // Given a small file opened from the Dataset menu and read into the import dialog
    StringBuilder csv = new StringBuilder("width,height,shade,round,red\n");
    for (int i = 0; i < 30; i++) {
      csv.append(i % 7)
          .append(',')
          .append(10 + i * 3 % 11)
          .append(',')
          .append(0.1 * (i % 5))
          .append(',')
          .append(i % 2)
          .append(',')
          .append(i % 3 == 0 ? 1 : 0)
          .append('\n');
    }
    Path file = tmp.resolve("shapes.csv");
    Files.writeString(file, csv);
    robot.interact(() -> window.datasetMenu().open(file));
    FxQueries.await("the file read", 30, () -> ok() != null && !ok().isDisabled());

    // When the student presses Enter, having touched nothing else
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

    // Then the file is the dataset in use and the dialog is closed
    FxQueries.await(
        "the file in use",
        30,
        () -> window.session().session().dataset().rows() == 30 && ok() == null);
  }

  /** The import dialog's "Use this dataset", or null when no import dialog is open. */
  private static Button ok() {
    for (Window w : Window.getWindows()) {
      if (w.isShowing() && w.getScene() != null) {
        if (w.getScene().lookup("#" + NodeIds.IMPORT_OK) instanceof Button b) {
          return b;
        }
      }
    }
    return null;
  }
}
