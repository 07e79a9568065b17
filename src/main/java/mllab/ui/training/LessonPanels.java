package mllab.ui.training;

import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import mllab.lesson.LessonText;
import mllab.lesson.PythonSnippet;
import mllab.lesson.ShapeCard;
import mllab.lesson.StepCards;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.ui.common.BackgroundRunner;

/**
 * Step 4's shape card, lesson text and Python panel, following the session. The Python panel is
 * written on a worker, because its forward-pass cell runs the test rows through the trained
 * network, which grows with the data. All methods and properties belong to the FX thread.
 */
final class LessonPanels {

  private final PipelineSession session;
  private final BackgroundRunner runner;
  private final ReadOnlyObjectWrapper<ShapeCard> card = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper lesson = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<PythonSnippet> python = new ReadOnlyObjectWrapper<>();
  // The Python panel being written, and the number of the latest request: older ones are stale.
  private BackgroundRunner.Cancellable pythonWork;
  private long pythonJob;

  LessonPanels(PipelineSession session, BackgroundRunner runner) {
    this.session = session;
    this.runner = runner;
  }

  /** Shows the panels of the session as it is now; the Python panel follows when it is written. */
  void refresh() {
    card.set(StepCards.card(session, Step.TRAINING));
    lesson.set(LessonText.forStep(session, Step.TRAINING));
    showPython();
  }

  /**
   * The panel shown until the new one is written stays; a panel for a session that has changed
   * again meanwhile is dropped.
   */
  private void showPython() {
    long job = ++pythonJob;
    if (pythonWork != null) {
      pythonWork.cancel();
    }
    Supplier<PythonSnippet> cells = StepCards.pythonLater(session, Step.TRAINING);
    pythonWork =
        runner.run(
            cells::get,
            snippet -> {
              if (job == pythonJob) {
                python.set(snippet);
              }
            },
            error -> {
              // As before the panel moved off the FX thread: a failure reaches the app's error
              // dialog.
              if (job == pythonJob && !(error instanceof CancellationException)) {
                throw error instanceof RuntimeException e ? e : new IllegalStateException(error);
              }
            });
  }

  ReadOnlyObjectProperty<ShapeCard> cardProperty() {
    return card.getReadOnlyProperty();
  }

  ReadOnlyStringProperty lessonProperty() {
    return lesson.getReadOnlyProperty();
  }

  ReadOnlyObjectProperty<PythonSnippet> pythonProperty() {
    return python.getReadOnlyProperty();
  }
}
