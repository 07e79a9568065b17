package mllab.tools;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import mllab.ui.common.NodeIds;
import mllab.ui.shell.MainWindow;

/** The tools' way through the import dialog: open a file, wait for it, use it. */
final class ImportSteps {

  private ImportSteps() {}

  /** The import dialog's window, or null when none is open. Call on the FX thread. */
  static Stage importStage() {
    for (Window w : Window.getWindows()) {
      if (w instanceof Stage s
          && s.getScene() != null
          && s.getScene().lookup("#" + NodeIds.IMPORT_OK) != null) {
        return s;
      }
    }
    return null;
  }

  /** The import dialog's "Use this dataset", or null when none is open. Call on the FX thread. */
  static Button importOk() {
    Stage s = importStage();
    return s == null ? null : (Button) s.getScene().lookup("#" + NodeIds.IMPORT_OK);
  }

  /** Opens {@code data} in the import dialog and waits until it can be used (read, summarised). */
  static void openAndWaitReady(MainWindow window, Path data) throws InterruptedException {
    ScreenshotTour.onFx(() -> window.datasetMenu().open(data));
    ScreenshotTour.waitFor(() -> importOk() != null && !importOk().isDisabled(), 600);
  }

  /** Presses "Use this dataset" and waits until the dialog is closed and the dataset in use. */
  static void useAndWait(MainWindow window) throws InterruptedException {
    ScreenshotTour.onFx(() -> importOk().fire());
    ScreenshotTour.waitFor(
        () ->
            window.session().session().dataset().labelCount() > 4
                && !window.session().preparingProperty().get()
                && importStage() == null,
        600);
  }
}
