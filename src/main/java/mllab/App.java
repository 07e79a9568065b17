package mllab;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import mllab.pipeline.Lesson;
import mllab.pipeline.PipelineSession;
import mllab.quiz.ProgressStore;
import mllab.quiz.QuestionBank;
import mllab.ui.common.ErrorDialog;
import mllab.ui.common.FxBackgroundRunner;
import mllab.ui.shell.MainWindow;

/** Composition root: reads the bundled dataset, builds the window, installs the error dialog. */
public final class App extends Application {

  private PipelineSession session;
  private ProgressStore progress;
  private FxBackgroundRunner runner;

  public static void main(String[] args) {
    launch(args);
  }

  /**
   * Runs on the launcher thread, so reading the dataset never holds up the FX thread. The question
   * files are read later, in the background once the window is drawn (see {@link MainWindow}).
   */
  @Override
  public void init() {
    // Meanwhile the FX thread, idle until start(), loads the theme and the icon fonts.
    Platform.runLater(MainWindow::prepareToolkit);
    session = Lesson.session();
    session.prepareUpstream(); // steps 1-3's results, kept by the session, ready for the first frame
    progress = ProgressStore.forCurrentUser();
  }

  @Override
  public void start(Stage stage) {
    if (session == null) {
      init();
    }
    mllab.ui.common.StallMonitor.startIfRequested();
    runner = new FxBackgroundRunner();
    new MainWindow(session, runner, progress, QuestionBank::builtIn).show(stage);
    ErrorDialog.install(stage);
  }

  @Override
  public void stop() {
    mllab.ui.common.StallMonitor.stopAndWriteIfRunning();
    if (runner != null) {
      runner.shutdown();
    }
  }
}
