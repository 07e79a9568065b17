package mllab.ui.training;

import java.util.Locale;
import mllab.model.EpochReport;
import mllab.model.TrainingDivergedException;
import mllab.model.TrainingRun;
import mllab.pipeline.PipelineSession;
import mllab.text.Text;

/**
 * The sentences under the training controls that say how a Play or Step ended and which epoch's
 * weights Evaluation uses, all read from the run itself.
 */
final class RunNotes {

  private RunNotes() {}

  /**
   * What a completed run kept. Early stopping names the epoch it stopped at, how long the
   * validation loss had not improved and the epoch Evaluation keeps, all read from the run.
   */
  static String completed(TrainingRun r) {
    if (r.stoppedEarly()) {
      EpochReport kept = r.history().get(r.bestEpoch() - 1);
      return Text.get(
          "training.note.stoppedEarly",
          String.valueOf(r.epochsDone()),
          String.valueOf(r.config().epochs()),
          String.valueOf(r.epochsDone() - r.bestEpoch()),
          String.valueOf(r.bestEpoch()),
          format(kept.validationLoss()));
    }
    return Text.get(
        r.hasValidation() ? "training.note.finishedValidation" : "training.note.finished",
        String.valueOf(r.epochsDone()),
        String.valueOf(r.bestEpoch()));
  }

  /** {@code key} is {@code training.note.stopped} or {@code training.note.paused}. */
  static String stopped(TrainingRun r, String key) {
    if (r.epochsDone() == 0) {
      return Text.get(key + ".beforeFirst");
    }
    return Text.get(
        r.finished() ? key + ".finished" : key + ".resumable",
        String.valueOf(r.epochsDone()),
        String.valueOf(r.config().epochs()),
        String.valueOf(PipelineSession.evaluationEpoch(r)));
  }

  /** The loss exploded: what happened and which epoch's weights are kept, if any. */
  static String diverged(TrainingRun r, TrainingDivergedException e) {
    return Text.get(
        "training.failure.diverged",
        e.getMessage(),
        r.bestEpoch() > 0
            ? Text.get("training.failure.bestKept", String.valueOf(r.bestEpoch()))
            : Text.get(
                r.epochsDone() > 0
                    ? "training.noEpochBeforeExplosion"
                    : "training.noEpochFinishedSo"));
  }

  /** A loss or an accuracy as the screen shows it: three decimals. */
  static String format(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
