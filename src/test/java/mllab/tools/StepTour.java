package mllab.tools;

import java.nio.file.Path;
import javafx.stage.Stage;
import mllab.ui.shell.MainWindow;

/** The interactive parts of the screenshot tour (training, the threshold); filled in per screen. */
final class StepTour {

  private StepTour() {}

  static void training(MainWindow window, Stage stage, Path out) {}

  static void evaluation(MainWindow window, Stage stage, Path out) {}
}
