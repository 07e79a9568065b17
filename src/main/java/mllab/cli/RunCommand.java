package mllab.cli;

import mllab.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import mllab.data.Dataset;
import mllab.data.io.DatasetFormatException;
import mllab.data.io.DatasetReader;
import mllab.data.io.LabelSpec;
import mllab.data.io.LoadedData;
import mllab.data.io.MulanLabels;
import mllab.data.io.ReadOptions;
import mllab.eval.Metric;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.RankingReport;
import mllab.eval.Thresholds;
import mllab.export.EpochsCsv;
import mllab.export.MetricsJson;
import mllab.export.NotebookExport;
import mllab.export.PredictionsCsv;
import mllab.model.Activation;
import mllab.model.EpochReport;
import mllab.model.Mlp;
import mllab.model.Observation;
import mllab.model.Optimizer;
import mllab.model.OutputActivation;
import mllab.model.TrainingConfig;
import mllab.model.TrainingRun;
import mllab.pipeline.Lesson;
import mllab.prep.FitScope;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.PythonNotebook;
import mllab.split.Split;
import mllab.split.SplitMethod;
import mllab.split.Splitter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mllab run}: the app's whole pipeline on one dataset, without a window. Reads the data,
 * splits it (or keeps the split of a train + test pair), fits the min-max scaler on the training
 * rows only (or, with {@code --scale-fit all}, on all rows, to measure the leak), trains the MLP, thresholds the test probabilities and writes {@code epochs.csv},
 * {@code predictions.csv} and {@code metrics.json}. It goes through the same {@link
 * PipelineSession} as the app, so the numbers are the numbers the app shows for the same choices.
 *
 * <p>Every training option left out keeps the lesson's value ({@link TrainingConfig#lesson()}).
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false)
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

  /** The three files written into the output folder. */
  static final String EPOCHS_FILE = "epochs.csv";

  static final String PREDICTIONS_FILE = "predictions.csv";
  static final String METRICS_FILE = "metrics.json";

  /** Above this many epochs the printed table shows a sample of epochs; the CSV has them all. */
  static final int FULL_TABLE_EPOCHS = 20;

  @Option(names = "--data", paramLabel = "FILE")
  Path data;

  @Option(names = "--test", paramLabel = "FILE")
  Path test;

  @ArgGroup(exclusive = true)
  Labels labels;

  /** The three ways to say which columns are labels; none given means "work it out". */
  static final class Labels {
    @Option(names = "--labels", split = ",", paramLabel = "NAMES")
    List<String> names;

    @Option(names = "--last-labels", paramLabel = "N", descriptionKey = "lastLabels")
    Integer last;

    @Option(names = "--xml", paramLabel = "FILE")
    Path xml;
  }

  @Option(names = "--epochs", paramLabel = "N")
  Integer epochs;

  @Option(names = "--hidden", paramLabel = "UNITS")
  String hidden;

  @Option(names = "--activation", paramLabel = "FN")
  Activation activation;

  @Option(names = "--output", paramLabel = "FN")
  OutputActivation output;

  @Option(names = "--optimizer", paramLabel = "NAME")
  Optimizer optimizer;

  @Option(names = "--lr", paramLabel = "RATE")
  Double learningRate;

  @Option(names = "--batch", paramLabel = "N")
  Integer batch;

  @Option(names = "--l2", paramLabel = "LAMBDA")
  Double l2;

  @Option(names = "--momentum", paramLabel = "MU")
  Double momentum;

  @Option(names = "--seed", paramLabel = "SEED")
  Long seed;

  @Option(names = "--threshold", paramLabel = "T", defaultValue = "0.5")
  double threshold;

  @Option(names = "--split", paramLabel = "FRACTION")
  Double split;

  @Option(names = "--split-seed", paramLabel = "SEED", defaultValue = "42", descriptionKey = "splitSeed")
  long splitSeed;

  @Option(names = "--stratify")
  boolean stratify;

  @Option(names = "--scale-fit", paramLabel = "ROWS", defaultValue = "train",
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
    TrainingConfig config = config();
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          Text.get("cli.run.badThreshold", String.valueOf(threshold)));
    }
    double fraction = split != null ? split : Splitter.DEFAULT_TEST_FRACTION;
    SplitMethod method = stratify ? SplitMethod.ITERATIVE_STRATIFICATION : SplitMethod.RANDOM;
    Splitter.of(method, fraction, splitSeed); // validates, naming the bad value
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();

    PipelineSession session = session(err);
    if (session.predefinedTest().isEmpty()) {
      session.setSplit(method, fraction, splitSeed);
    } else if (split != null || stratify) {
      err.println(Text.get("cli.run.splitIgnored"));
    }
    session.setFitScope(scaleFit.scope);
    session.setTrainingConfig(config);
    Outcome result = Outcome.of(session, model, threshold);
    write(result, out);
    if (notebook != null) {
      Mlp evaluated =
          model == ModelChoice.BEST ? result.run().bestModel() : session.model().orElseThrow();
      NotebookExport.write(
          PythonNotebook.of(session, evaluated, result.predictions(), result.thresholds()),
          notebook);
    }
    print(o, session, result);
    o.flush();
    err.flush();
    return 0;
  }

  /** The lesson's configuration with every given option applied; checked by the engine. */
  TrainingConfig config() {
    TrainingConfig c = TrainingConfig.lesson();
    if (hidden != null) {
      c = c.withHiddenLayers(hiddenUnits(hidden));
    }
    if (activation != null) {
      c = c.withActivation(activation);
    }
    if (output != null) {
      c = c.withOutput(output);
    }
    if (optimizer != null) {
      c = c.withOptimizer(optimizer);
    }
    if (learningRate != null) {
      c = c.withLearningRate(learningRate);
    }
    if (batch != null) {
      c = c.withBatchSize(batch);
    }
    if (l2 != null) {
      c = c.withL2(l2);
    }
    if (momentum != null) {
      c = c.withMomentum(momentum);
    }
    if (epochs != null) {
      c = c.withEpochs(epochs);
    }
    if (seed != null) {
      c = c.withSeed(seed);
    }
    return c;
  }

  static int[] hiddenUnits(String text) {
    String t = text.trim();
    if (t.equalsIgnoreCase("none") || t.isEmpty()) {
      return new int[0];
    }
    String[] parts = t.split(",");
    int[] units = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        units[i] = Integer.parseInt(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(Text.get("cli.run.badHidden", text));
      }
    }
    return units;
  }

  private PipelineSession session(PrintWriter err) throws IOException, DatasetFormatException {
    if (data == null) {
      if (test != null || labels != null) {
        throw new IllegalArgumentException(Text.get("cli.run.needsData", Lesson.DATASET_FILE));
      }
      return Lesson.session();
    }
    requireFile(data);
    ReadOptions options = ReadOptions.defaults().withLabels(labelSpec());
    LoadedData loaded;
    if (test != null) {
      requireFile(test);
      loaded = DatasetReader.readTrainTest(data, test, options);
    } else {
      loaded = DatasetReader.read(data, options);
    }
    DatasetReader.requireSplittable(loaded);
    loaded.warnings().forEach(w -> err.println(Text.get("cli.warning", w)));
    PipelineSession session = new PipelineSession(loaded.train(), loaded.source());
    session.setDataset(loaded.train(), loaded.test(), loaded.source());
    return session;
  }

  private LabelSpec labelSpec() throws IOException, DatasetFormatException {
    if (labels == null) {
      return LabelSpec.guess();
    }
    if (labels.names != null) {
      return new LabelSpec.Named(labels.names, "--labels");
    }
    if (labels.last != null) {
      return LabelSpec.last(labels.last);
    }
    requireFile(labels.xml);
    try (InputStream in = Files.newInputStream(labels.xml)) {
      return MulanLabels.read(in, labels.xml.getFileName().toString());
    }
  }

  private static void requireFile(Path file) throws NoSuchFileException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
  }

  /** What a run produced: everything the three files and the printed summary are made of. */
  record Outcome(
      TrainingRun run,
      ModelChoice model,
      Predictions predictions,
      Thresholds thresholds,
      MetricReport report,
      RankingReport ranking) {

    private static Predictions bestPredictions(PipelineSession session, TrainingRun run) {
      var test = session.scaledSplit().test();
      return new Predictions(
          run.bestModel().predictProbabilities(test.featureMatrix()),
          test.labelMatrix(),
          test.labelNames());
    }

    /** Trains on the session's scaled split and evaluates the chosen weights on its test rows. */
    static Outcome of(PipelineSession session, ModelChoice model, double threshold) {
      TrainingRun run = session.newTrainingRun();
      session.trainingStarted();
      run.runAll(report -> { });
      session.trainingFinished(run);
      Predictions p =
          model == ModelChoice.BEST
              ? bestPredictions(session, run)
              : session.predictions().orElseThrow();
      Thresholds t = Thresholds.global(threshold, p.labelCount());
      return new Outcome(run, model, p, t, MetricReport.of(p, t), RankingReport.of(p));
    }
  }

  static void write(Outcome r, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> names = r.predictions().labelNames();
    try (Writer w = Files.newBufferedWriter(dir.resolve(EPOCHS_FILE), StandardCharsets.UTF_8)) {
      EpochsCsv.write(r.run().history(), names, w);
    }
    try (Writer w =
        Files.newBufferedWriter(dir.resolve(PREDICTIONS_FILE), StandardCharsets.UTF_8)) {
      PredictionsCsv.write(r.predictions(), r.thresholds(), w);
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve(METRICS_FILE), StandardCharsets.UTF_8)) {
      MetricsJson.write(r.report(), r.ranking(), r.thresholds(), names, w);
    }
  }

  private void print(PrintWriter o, PipelineSession session, Outcome r) {
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
    o.println(Text.get("cli.run.model", String.valueOf(r.run().config())));
    o.println();
    o.printf(Locale.ROOT, "%5s  %10s  %9s  %9s  %s%n",
        Text.get("cli.run.column.epoch"),
        Text.get("cli.run.column.trainLoss"),
        Text.get("cli.run.column.testLoss"),
        Text.get("cli.run.column.labelAccuracy"),
        Text.get("cli.run.column.observation"));
    List<EpochReport> history = r.run().history();
    for (int e : shownEpochs(history.size())) {
      EpochReport rep = history.get(e);
      o.printf(Locale.ROOT, "%5d  %10.4f  %9.4f  %9.4f  %s%n", rep.epoch(), rep.trainLoss(),
          rep.testLoss(), rep.labelAccuracy(),
          Observation.of(history.subList(0, e + 1)).text());
    }
    o.println();
    o.println(
        Text.get(
            "cli.run.evaluated",
            r.model() == ModelChoice.BEST
                ? Text.get("cli.run.bestEpoch", String.valueOf(r.run().bestEpoch()))
                : Text.get("cli.run.lastEpoch", String.valueOf(history.size())),
            Double.toString(threshold),
            String.valueOf(r.report().rows()),
            String.valueOf(r.report().labelCount())));
    for (Metric m : List.of(Metric.HAMMING_LOSS, Metric.SUBSET_ACCURACY, Metric.MICRO_F1,
        Metric.MACRO_F1, Metric.SAMPLES_F1, Metric.JACCARD)) {
      o.printf(Locale.ROOT, "  %-30s %.4f%n", m.displayName(), m.valueIn(r.report()));
    }
    o.printf(Locale.ROOT, "  %-30s %.4f%n", Text.get("cli.run.metric.lrap"),
        r.ranking().labelRankingAveragePrecision());
    o.printf(Locale.ROOT, "  %-30s %.4f%n", Text.get("cli.run.metric.rankingLoss"), r.ranking().rankingLoss());
    o.printf(Locale.ROOT, "  %-30s %.4f%n", Text.get("cli.run.metric.rocAuc"), r.ranking().macroRocAuc());
    o.println(
        Text.get(
            "cli.run.wrote", EPOCHS_FILE, PREDICTIONS_FILE, METRICS_FILE, String.valueOf(out)));
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
