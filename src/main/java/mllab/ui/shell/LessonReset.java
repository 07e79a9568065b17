package mllab.ui.shell;

import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import mllab.lesson.Lesson;
import mllab.text.Text;
import mllab.ui.common.Confirm;
import mllab.ui.common.SessionModel;
import mllab.ui.dataset.DatasetViewModel;
import mllab.ui.evaluation.EvaluationViewModel;

/**
 * File → Reset to the lesson: puts back the lesson's exact scenario, after asking when that would
 * throw away a trained model or thresholds moved away from 0.5 ({@link ResetQuestion}).
 */
final class LessonReset {

  private final SessionModel session;
  private final DatasetViewModel datasetModel;
  private final MainViewModel model;
  private final Supplier<EvaluationViewModel> evaluation;
  private final Supplier<Window> owner;

  /**
   * @param evaluation the Evaluation screen's model, null until that screen is built
   */
  LessonReset(
      SessionModel session,
      DatasetViewModel datasetModel,
      MainViewModel model,
      Supplier<EvaluationViewModel> evaluation,
      Supplier<Window> owner) {
    this.session = session;
    this.datasetModel = datasetModel;
    this.model = model;
    this.evaluation = evaluation;
    this.owner = owner;
  }

  /** Asks first when the reset would throw something away, naming it; then resets. */
  void ask() {
    EvaluationViewModel shown = evaluation.get();
    List<String> lost =
        ResetQuestion.losses(
            session.session(),
            session.session().thresholdState().thresholds(),
            shown != null && shown.perLabelProperty().get());
    if (lost.isEmpty()
        || Confirm.ask(
            owner.get(),
            "reset-question",
            Text.get("shell.reset.title"),
            Text.get("shell.reset.header"),
            Text.get("shell.reset.body", "• " + String.join("\n• ", lost)),
            Text.get("shell.reset.confirm"),
            Text.get("shell.reset.keep"))) {
      reset();
    }
  }

  /** Restores the lesson's exact scenario: bundled dataset, split, scaling and model settings. */
  void reset() {
    Lesson.resetSettings(session.session());
    // The bundled file is read in the background like any other dataset.
    datasetModel.loadBundled();
    model.show(Screen.RAW_DATA);
  }
}
