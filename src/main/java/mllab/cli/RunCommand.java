package mllab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import mllab.data.Dataset;
import mllab.data.io.DatasetFormatException;
import mllab.eval.Metric;
import mllab.eval.RankingMetric;
import mllab.eval.Tuning;
import mllab.export.NotebookExport;
import mllab.lesson.Observation;
import mllab.lesson.PythonNotebook;
import mllab.methods.MethodKind;
import mllab.model.EpochReport;
import mllab.model.Mlp;
import mllab.model.TrainingRun;
import mllab.pipeline.PipelineSession;
import mllab.prep.FitScope;
import mllab.split.Split;
import mllab.text.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mllab run}: the app's whole pipeline on one dataset, without a window. Reads the data,
 * splits it (or keeps the split of a train + test pair), fits the min-max scaler on the training
 * rows only (or, with {@code --scale-fit all}, on all rows, to measure the leak), trains the MLP,
 * thresholds the test probabilities and writes {@code epochs.csv}, {@code predictions.csv} and
 * {@code metrics.json}. It goes through the same {@link PipelineSession} as the app, so the numbers
 * are the numbers the app shows for the same choices.
 *
 * <p>Every training option left out keeps the lesson's value ({@link TrainingConfig#lesson()}).
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false)
final class RunCommand implements Callable<Integer> {

  /** Which weights produce the predictions. */
  enum ModelChoice {
    /**
     * The epoch with the lowest test loss. Choosing an epoch by its test score is itself a leak:
     * the number this gives is optimistic. Kept for comparison, not the default.
     */
    BEST,
    /** The weights after the last epoch (what the app evaluates). */
    LAST
  }

  /** Which rows the min-max scaler learns its ranges from. */
  enum ScaleFit {
    /** The training rows only (correct, what the app does by default). */
    TRAIN(FitScope.TRAIN_ONLY),
    /** All rows, test rows included: the leak Step 2 demonstrates, for comparison only. */
    ALL(FitScope.ALL_ROWS);

    final FitScope scope;

    ScaleFit(FitScope scope) {
      this.scope = scope;
    }
  }

  /** Above this many epochs the printed table shows a sample of epochs; the CSV has them all. */
  static final int FULL_TABLE_EPOCHS = 20;

  @Mixin DataOptions dataOptions;

  @Mixin ModelOptions modelOptions;

  @Option(names = "--method", paramLabel = "NAME", defaultValue = "mlp")
  String method;

  @Option(names = "--threshold", paramLabel = "T", defaultValue = "0.5")
  double threshold;

  @Option(names = "--tune", paramLabel = "HOW", defaultValue = "none")
  Tuning tune;

  @Option(
      names = "--scale-fit",
      paramLabel = "ROWS",
      defaultValue = "train",
      descriptionKey = "scaleFit")
  ScaleFit scaleFit;

  @Option(names = "--model", paramLabel = "WHICH", defaultValue = "last")
  ModelChoice model;

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path out;

  @Option(names = "--notebook", paramLabel = "DIR")
  Path notebook;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, DatasetFormatException {
    // Option values are checked before the data is read, so a typo fails at once.
    MethodKind kind = MethodKind.fromCliName(method);
    modelOptions.validate();
    requireThreshold(threshold);
    dataOptions.validate();
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();

    PipelineSession session = dataOptions.session(err);
    session.setFitScope(scaleFit.scope);
    session.setTrainingConfig(modelOptions.config());
    session.setRunOptions(modelOptions.runOptions());
    RunOutcome result =
        kind == MethodKind.MLP
            ? RunOutcome.of(session, model, threshold, tune)
            : RunOutcome.of(
                session,
                modelOptions.method(kind, session.dataset().labelNames()),
                threshold,
                tune);
    if (result.tuning().isPresent() && !result.tuning().get().onValidationRows()) {
      err.println(Text.get("cli.run.tunedOnTest"));
    }
    RunFiles.write(result, out);
    if (notebook != null && result.run().isPresent()) {
      TrainingRun run = result.run().get();
      Mlp evaluated =
          model == ModelChoice.BEST && !run.stoppedEarly()
              ? run.bestModel()
              : session.model().orElseThrow();
      NotebookExport.write(
          PythonNotebook.of(session, evaluated, result.predictions(), result.thresholds()),
          notebook);
    }
    print(o, session, result);
    o.flush();
    err.flush();
    return 0;
  }

  static void requireThreshold(double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          Text.get("cli.run.badThreshold", String.valueOf(threshold)));
    }
  }

  private void print(PrintWriter o, PipelineSession session, RunOutcome r) {
    Split s = session.scaledSplit();
    Dataset train = s.train();
    o.println(
        Text.get(
            "cli.run.data",
            session.source(),
            String.valueOf(train.rows()),
            String.valueOf(s.test().rows()),
            session.splitMethod().displayName().toLowerCase(Locale.ROOT),
            String.valueOf(train.featureCount()),
            String.valueOf(train.labelCount())));
    o.println(Text.get("cli.run.scaler", session.fitScope().displayName()));
    if (r.run().isEmpty()) {
      printMethod(o, r);
      return;
    }
    TrainingRun run = r.run().get();
    o.println(Text.get("cli.run.model", String.valueOf(run.config())));
    o.println();
    o.printf(
        Locale.ROOT,
        "%5s  %10s  %9s  %9s  %s%n",
        Text.get("cli.run.column.epoch"),
        Text.get("cli.run.column.trainLoss"),
        Text.get("cli.run.column.testLoss"),
        Text.get("cli.run.column.labelAccuracy"),
        Text.get("cli.run.column.observation"));
    List<EpochReport> history = run.history();
    for (int e : shownEpochs(history.size())) {
      EpochReport rep = history.get(e);
      o.printf(
          Locale.ROOT,
          "%5d  %10.4f  %9.4f  %9.4f  %s%n",
          rep.epoch(),
          rep.trainLoss(),
          rep.testLoss(),
          rep.labelAccuracy(),
          Observation.of(history.subList(0, e + 1)).text());
    }
    o.println();
    o.println(
        Text.get(
            "cli.run.evaluated",
            r.model() == ModelChoice.BEST
                ? Text.get(
                    run.hasValidation() ? "cli.run.bestValidationEpoch" : "cli.run.bestEpoch",
                    String.valueOf(run.bestEpoch()))
                : run.stoppedEarly()
                    ? Text.get(
                        "cli.run.stoppedEarly",
                        String.valueOf(run.bestEpoch()),
                        String.valueOf(history.size()))
                    : Text.get("cli.run.lastEpoch", String.valueOf(history.size())),
            thresholdText(r),
            String.valueOf(r.report().rows()),
            String.valueOf(r.report().labelCount())));
    printMetrics(o, r);
  }

  private void printMethod(PrintWriter o, RunOutcome r) {
    o.println(Text.get("cli.run.method", r.method().displayName(), r.settings()));
    r.unseenTestSets()
        .ifPresent(
            u ->
                o.println(
                    Text.get(
                        "cli.run.unseenSets",
                        String.valueOf(u),
                        String.valueOf(r.report().rows()))));
    o.println();
    o.println(
        Text.get(
            "cli.run.evaluated",
            r.method().displayName(),
            thresholdText(r),
            String.valueOf(r.report().rows()),
            String.valueOf(r.report().labelCount())));
    printMetrics(o, r);
  }

  private String thresholdText(RunOutcome r) {
    return r.tuning()
        .map(
            t ->
                Text.get(
                    "cli.run.tunedThresholds",
                    t.tuning().displayName(),
                    Text.get(t.onValidationRows() ? "cli.run.onValidation" : "cli.run.onTest")))
        .orElse(Double.toString(threshold));
  }

  private void printMetrics(PrintWriter o, RunOutcome r) {
    for (Metric m :
        List.of(
            Metric.HAMMING_LOSS,
            Metric.SUBSET_ACCURACY,
            Metric.MICRO_F1,
            Metric.MACRO_F1,
            Metric.SAMPLES_F1,
            Metric.JACCARD)) {
      o.printf(Locale.ROOT, "  %-30s %.4f%n", m.displayName(), m.valueIn(r.report()));
    }
    for (RankingMetric m :
        List.of(
            RankingMetric.LABEL_RANKING_AVERAGE_PRECISION,
            RankingMetric.RANKING_LOSS,
            RankingMetric.MACRO_ROC_AUC)) {
      o.printf(
          Locale.ROOT,
          "  %-30s %.4f%n",
          Text.get("cli.run.metric." + m.name()),
          m.valueIn(r.ranking()));
    }
    r.tuning()
        .flatMap(TuningOutcome::comparison)
        .ifPresent(
            c ->
                o.println(
                    Text.get(
                        "cli.run.leak",
                        format(c.optimistic().microF1()),
                        format(c.honest().microF1()),
                        format(c.microF1Gap()))));
    o.println(
        r.run().isPresent()
            ? Text.get(
                "cli.run.wrote",
                RunFiles.EPOCHS_FILE,
                RunFiles.PREDICTIONS_FILE,
                RunFiles.METRICS_FILE,
                String.valueOf(out))
            : Text.get(
                "cli.run.wroteTwo",
                RunFiles.PREDICTIONS_FILE,
                RunFiles.METRICS_FILE,
                String.valueOf(out)));
  }

  static String format(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /** All epochs of a short run; of a long one the first three, every tenth part and the last. */
  static List<Integer> shownEpochs(int count) {
    List<Integer> shown = new ArrayList<>();
    int step = Math.max(1, (int) Math.ceil(count / 10.0));
    for (int e = 0; e < count; e++) {
      if (count <= FULL_TABLE_EPOCHS || e < 3 || (e + 1) % step == 0 || e == count - 1) {
        shown.add(e);
      }
    }
    return shown;
  }
}
