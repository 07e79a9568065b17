package mllab.ui.training;

import javafx.scene.Node;
import mllab.text.Text;
import mllab.ui.common.Confirm;

/**
 * Play or Step after a finished run starts a new run from the seed's initial weights, replacing the
 * trained model that step 5 evaluates: the student is asked first, with what would be replaced.
 */
final class TrainAgainQuestion {

  private TrainAgainQuestion() {}

  /** True when training may go on: the run is not finished, or the student chose to start again. */
  static boolean ask(TrainingViewModel model, Node from) {
    if (!model.finishedProperty().get()) {
      return true;
    }
    return Confirm.ask(
        from.getScene() == null ? null : from.getScene().getWindow(),
        "train-again-question",
        Text.get("training.again.title"),
        Text.get("training.again.header", model.display().epochsDoneProperty().get()),
        Text.get("training.again.body"),
        Text.get("training.again.confirm"),
        Text.get("training.again.keep"));
  }
}
