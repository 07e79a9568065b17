package mllab;

import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.persist.LaunchFile;
import mllab.persist.ProgressStore;
import mllab.pipeline.PipelineSession;
import mllab.quiz.QuestionBank;
import mllab.ui.common.AfterFirstLayout;
import mllab.ui.common.ErrorDialog;
import mllab.ui.common.FxBackgroundRunner;
import mllab.ui.shell.DesktopOpenFiles;
import mllab.ui.shell.MainWindow;
import mllab.ui.shell.OpenFromOutside;
import mllab.ui.shell.OpeningFrame;

/**
 * Composition root: reads the bundled dataset, builds the window, installs the error dialog, and
 * opens the file the app was started with, if any ({@code MultiLabelLab data.csv} shows the import
 * dialog, {@code MultiLabelLab lesson.mllab.json} opens the session; see {@link LaunchFile}). Each
 * start is its own process with its own window: opening a file from outside while the app runs
 * opens a second window.
 */
public final class App extends Application {

  private PipelineSession session;
  private ProgressStore progress;
  private FxBackgroundRunner runner;
  private MainWindow window;

  /** The app as the JavaFX launcher makes it: settings in the user's own folder. */
  public App() {}

  /** The app with its settings (progress, recent files) in {@code progress}, for tests. */
  public App(ProgressStore progress) {
    this.progress = progress;
  }

  public static void main(String[] args) {
    launch(args);
  }

  /**
   * Runs on the launcher thread, so reading the dataset never holds up the FX thread. The question
   * files are read later, in the background once the window is drawn (see {@link MainWindow}).
   */
  @Override
  public void init() {
    // Meanwhile the FX thread, idle until start(), loads the theme and the icon font, and the
    // texts (a 100 KB bundle, which the first control would read on the FX thread) are read here.
    FxBackgroundRunner.later(MainWindow::prepareToolkit);
    mllab.text.Text.readNow();
    // Steps 1-3's results are computed in the background while the FX thread draws the window's
    // opening frame and the shell (MainWindow.showShellFirst); step 1 follows once they are there.
    session = Lesson.session();
    if (progress == null) {
      progress = ProgressStore.forCurrentUser();
    }
  }

  @Override
  public void start(Stage stage) {
    if (session == null) {
      init();
    }
    mllab.ui.common.StallMonitor.startIfRequested();
    runner = new FxBackgroundRunner();
    ErrorDialog.install(stage);
    // The window appears at once with one line in it; the shell replaces it after that frame.
    AfterFirstLayout.run(OpeningFrame.show(stage), () -> showWindow(stage));
  }

  private void showWindow(Stage stage) {
    window = new MainWindow(session, runner, progress, QuestionBank::builtIn);
    window.buildStepsAhead();
    Scene scene = window.showShellFirst(stage);
    LaunchFile.fromArguments(arguments()).ifPresent(f -> OpenFromOutside.open(window, scene, f));
    DesktopOpenFiles.deliverTo(p -> OpenFromOutside.open(window, scene, LaunchFile.of(p)));
  }

  /** The program's arguments; none when the app was made without the launcher (a benchmark). */
  private List<String> arguments() {
    Parameters parameters = getParameters();
    return parameters == null ? List.of() : parameters.getRaw();
  }

  @Override
  public void stop() {
    mllab.ui.common.StallMonitor.stopAndWriteIfRunning();
    if (window != null) {
      window.flushProgress();
    }
    if (runner != null) {
      runner.shutdown();
    }
  }
}
