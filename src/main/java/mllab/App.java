package mllab;

import javafx.application.Application;
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
  private QuestionBank questions;
  private ProgressStore progress;
  private FxBackgroundRunner runner;

  public static void main(String[] args) {
    launch(args);
  }

  /**
   * Runs on the launcher thread, so reading the dataset, the question files and the progress
   * store's set-up never holds up the FX thread.
   */
  @Override
  public void init() {
    session = Lesson.session();
    questions = QuestionBank.builtIn();
    progress = ProgressStore.forCurrentUser();
  }

  @Override
  public void start(Stage stage) {
    if (session == null) {
      init();
    }
    runner = new FxBackgroundRunner();
    new MainWindow(session, runner, progress, questions).show(stage);
    ErrorDialog.install(stage);
  }

  @Override
  public void stop() {
    if (runner != null) {
      runner.shutdown();
    }
  }
}
