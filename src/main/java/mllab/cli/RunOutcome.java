package mllab.cli;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.RankingReport;
import mllab.eval.Thresholds;
import mllab.eval.Tuning;
import mllab.methods.MethodComparison;
import mllab.methods.MethodKind;
import mllab.methods.MethodResult;
import mllab.methods.MultiLabelMethod;
import mllab.model.TrainingRun;
import mllab.pipeline.PipelineSession;

/**
 * What {@code mllab run} produced: everything the files and the printed summary are made of, and
 * the two ways to get it (train the network, or fit a classical method) on the session's split.
 */
record RunOutcome(
    Optional<TrainingRun> run,
    RunCommand.ModelChoice model,
    MethodKind method,
    String settings,
    Predictions predictions,
    Optional<TuningOutcome> tuning,
    Thresholds thresholds,
    MetricReport report,
    RankingReport ranking,
    OptionalInt unseenTestSets) {

  private static Predictions bestPredictions(PipelineSession session, TrainingRun run) {
    return MethodComparison.predict(
        run.bestModel()::predictProbabilities, session.scaledSplit().test());
  }

  /** Trains the network on the session's scaled split and evaluates the chosen weights. */
  static RunOutcome of(
      PipelineSession session, RunCommand.ModelChoice model, double threshold, Tuning tune) {
    TrainingRun run = session.newTrainingRun();
    session.trainingStarted();
    run.runAll(report -> {});
    session.trainingFinished(run);
    boolean best = model == RunCommand.ModelChoice.BEST && !run.stoppedEarly();
    Predictions p = best ? bestPredictions(session, run) : session.predictions().orElseThrow();
    Optional<Predictions> validation =
        best ? run.validationPredictions(run.bestModel()) : session.validationPredictions();
    return finish(
        Optional.of(run),
        model,
        MethodKind.MLP,
        run.config().toString(),
        p,
        validation,
        session,
        threshold,
        tune,
        OptionalInt.empty());
  }

  /** Fits a classical method on the session's scaled split and evaluates it. */
  static RunOutcome of(
      PipelineSession session, MultiLabelMethod method, double threshold, Tuning tune) {
    MethodResult r =
        MethodComparison.run(List.of(method), session.scaledSplit(), (i, n, k, f) -> {}).get(0);
    return finish(
        Optional.empty(),
        RunCommand.ModelChoice.LAST,
        r.kind(),
        r.settings(),
        r.test(),
        r.validation(),
        session,
        threshold,
        tune,
        r.unseenTestSets());
  }

  private static RunOutcome finish(
      Optional<TrainingRun> run,
      RunCommand.ModelChoice model,
      MethodKind kind,
      String settings,
      Predictions p,
      Optional<Predictions> validation,
      PipelineSession session,
      double threshold,
      Tuning tune,
      OptionalInt unseen) {
    Optional<TuningOutcome> tuned =
        TuningOutcome.of(tune, validation, p, session.scaledSplit().train(), threshold);
    Thresholds t =
        tuned.map(TuningOutcome::thresholds).orElse(Thresholds.global(threshold, p.labelCount()));
    return new RunOutcome(
        run,
        model,
        kind,
        settings,
        p,
        tuned,
        t,
        MetricReport.of(p, t),
        RankingReport.of(p),
        unseen);
  }
}
