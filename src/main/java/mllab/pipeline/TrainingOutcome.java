package mllab.pipeline;

import java.util.List;
import mllab.data.Dataset;
import mllab.eval.Predictions;
import mllab.model.EpochReport;
import mllab.model.Mlp;
import mllab.model.TrainingRun;
import mllab.split.Split;

/**
 * What the last training left for the Evaluation step: the weights it evaluates, the history the
 * Training step shows, and those weights' test-set probabilities; {@link #NONE} before training.
 *
 * @param run the finished run, or null (untrained, or a model restored from a saved session)
 * @param model the weights the Evaluation step uses, or null when untrained
 * @param history one report per completed epoch
 * @param predictions the test-set probabilities of {@code model}, or null when untrained
 */
record TrainingOutcome(
    TrainingRun run, Mlp model, List<EpochReport> history, Predictions predictions) {

  /** No model yet. */
  static final TrainingOutcome NONE = new TrainingOutcome(null, null, List.of(), null);

  /**
   * The outcome of {@code run}, which {@link #hasModel has a model}; {@code forward}, when it was
   * made with the same weights on {@code scaled}, gives the probabilities, else they are computed.
   */
  static TrainingOutcome finished(TrainingRun run, PipelineSession.Forward forward, Split scaled) {
    Mlp model = evaluationModel(run);
    Predictions predictions =
        forward != null && forward.model() == model && forward.split() == scaled
            ? forward.predictions()
            : predict(model, scaled);
    return new TrainingOutcome(run, model, run.history(), predictions);
  }

  /** A model trained earlier, with the history of its run, evaluated on {@code scaled}. */
  static TrainingOutcome restored(Mlp model, List<EpochReport> history, Split scaled) {
    return new TrainingOutcome(null, model, List.copyOf(history), predict(model, scaled));
  }

  /** Whether a run that finished, stopped or failed has weights worth evaluating. */
  static boolean hasModel(TrainingRun run) {
    return run.state() == TrainingRun.State.DIVERGED
        ? run.bestEpoch() > 0
        : !run.history().isEmpty();
  }

  /** See {@link PipelineSession#evaluationModel}. */
  static Mlp evaluationModel(TrainingRun run) {
    return keepsBestEpoch(run) ? run.bestModel() : run.model();
  }

  /** See {@link PipelineSession#evaluationEpoch}. */
  static int evaluationEpoch(TrainingRun run) {
    return keepsBestEpoch(run) ? run.bestEpoch() : run.epochsDone();
  }

  /**
   * Only a run that diverged or that early stopping ended evaluates its best epoch; a paused,
   * stopped or completed one evaluates its last.
   */
  private static boolean keepsBestEpoch(TrainingRun run) {
    // Early stopping keeps the epoch the validation rows chose, never one the test rows chose.
    return run.state() == TrainingRun.State.DIVERGED || run.stoppedEarly();
  }

  /** The test-set probabilities of {@code model} on {@code split}. */
  static Predictions predict(Mlp model, Split split) {
    Dataset test = split.test();
    return new Predictions(
        model.predictProbabilities(test.featureMatrix()), test.labelMatrix(), test.labelNames());
  }
}
