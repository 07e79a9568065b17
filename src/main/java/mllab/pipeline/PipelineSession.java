package mllab.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import mllab.data.Dataset;
import mllab.data.DatasetStats;
import mllab.data.GeneratorSettings;
import mllab.eval.Predictions;
import mllab.model.EpochReport;
import mllab.model.Mlp;
import mllab.model.RunOptions;
import mllab.model.Trainer;
import mllab.model.TrainingConfig;
import mllab.model.TrainingRun;
import mllab.prep.FitScope;
import mllab.prep.FittedScaler;
import mllab.prep.Scaler;
import mllab.prep.ScalerComparison;
import mllab.prep.ScalingReport;
import mllab.split.Split;
import mllab.split.SplitMethod;
import mllab.split.Splitter;

/**
 * The one pipeline the app walks through: the current dataset and every choice made on it, with
 * one result per step, computed on demand and invalidated downstream when an upstream choice
 * changes (a new dataset recomputes everything; a new threshold recomputes nothing here, because
 * thresholds only re-read the stored predictions).
 *
 * <p>The order of computation differs from the order of the lesson on purpose: the scaler is fitted
 * on the <em>training</em> rows, so the split is computed before the scaling even though the lesson
 * shows scaling as step 2. The Preprocessing step therefore always reflects the current split.
 *
 * <p>Owned by one thread (the FX thread in the window). Work that grows with the data happens
 * elsewhere without touching the session: the results of steps 1–3 are computed by {@link
 * Upstream#compute} from a copy of the choices ({@link #upstreamToPrepare()}) and handed back with
 * {@link #install}; training runs on a {@link TrainingRun} handed out by {@link #newTrainingRun()}
 * and comes back through {@link #trainingFinished(TrainingRun)}; the Evaluation step's numbers are
 * a snapshot of the stored predictions and the {@link ThresholdState} (built in {@code lesson}).
 */
public final class PipelineSession {

  /** The sample row the lesson's cards follow through the steps (index in the raw dataset). */
  public static final int SAMPLE_ROW = 0;

  /** The lesson's split seed. */
  public static final long DEFAULT_SPLIT_SEED = 42;

  private Dataset dataset;
  private Dataset predefinedTest;
  private String source;
  private GeneratorSettings generatorSettings;
  private SplitMethod splitMethod = SplitMethod.RANDOM;
  private double testFraction = Splitter.DEFAULT_TEST_FRACTION;
  private long splitSeed = DEFAULT_SPLIT_SEED;
  private FitScope fitScope = FitScope.TRAIN_ONLY;
  private TrainingConfig trainingConfig = TrainingConfig.lesson();
  private double validationFraction;
  private SplitMethod validationMethod = SplitMethod.RANDOM;
  private RunOptions runOptions = RunOptions.NONE;

  private DatasetStats stats;
  private Dataset combined;
  private Split split;
  private FittedScaler scaler;
  private Split scaledSplit;
  private ScalingReport testReport;
  private ScalerComparison leakage;
  /** Counts changes of the choices steps 1-3 depend on; results of an older version are dropped. */
  private long version;
  private TrainingRun finishedRun;
  private Mlp trainedModel;
  private List<EpochReport> trainedHistory = List.of();
  private Predictions predictions;
  private boolean training;
  private ThresholdState thresholdState;
  private final List<Consumer<Step>> listeners = new ArrayList<>();
  private final List<Consumer<ThresholdState>> thresholdListeners = new ArrayList<>();

  /**
   * @param dataset the dataset to start with
   * @param source where it came from, shown to the student ("bundled photos.csv")
   */
  public PipelineSession(Dataset dataset, String source) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.source = source;
    this.thresholdState = ThresholdState.lesson(dataset.labelCount());
  }

  /**
   * Registers a listener told the first step whose result became invalid (every later step is
   * invalid too), or {@link Step#TRAINING} / {@link Step#EVALUATION} when training state changed.
   */
  public void addListener(Consumer<Step> listener) {
    listeners.add(listener);
  }

  private void invalidateFrom(Step step) {
    invalidateFrom(step, null);
  }

  /** {@code prepared}, when given, is installed before the listeners are told. */
  private void invalidateFrom(Step step, Upstream prepared) {
    synchronized (this) {
      if (step.ordinal() <= Step.RAW_DATA.ordinal()) {
        stats = null;
        combined = null;
      }
      if (step.ordinal() <= Step.SPLIT.ordinal()) {
        split = null;
        scaler = null;
        scaledSplit = null;
        testReport = null;
        leakage = null;
        version++;
      }
      if (prepared != null) {
        install(prepared);
      }
    }
    clearTraining();
    for (Consumer<Step> l : List.copyOf(listeners)) {
      l.accept(step);
    }
  }

  private void clearTraining() {
    finishedRun = null;
    trainedModel = null;
    trainedHistory = List.of();
    predictions = null;
    // Tuned or per-label thresholds belonged to the old predictions; the global one stays.
    changeThresholds(thresholdState.forLabels(dataset.labelCount()));
  }

  // ---- thresholds ---------------------------------------------------------------------------

  /**
   * Registers a listener told every new {@link ThresholdState}. Thresholds change nothing upstream,
   * so they do not go through the step listeners.
   */
  public void addThresholdListener(Consumer<ThresholdState> listener) {
    thresholdListeners.add(listener);
  }

  /** The Evaluation step's decision rule, in force for every threshold-dependent number. */
  public ThresholdState thresholdState() {
    return thresholdState;
  }

  /**
   * Replaces the decision rule; nothing is retrained or re-predicted.
   *
   * @throws IllegalArgumentException if the state has another number of labels than the dataset
   */
  public void setThresholdState(ThresholdState state) {
    Objects.requireNonNull(state, "state");
    if (state.labelCount() != dataset.labelCount()) {
      throw new IllegalArgumentException(
          "thresholds for " + state.labelCount() + " labels, but the dataset has "
              + dataset.labelCount());
    }
    changeThresholds(state);
  }

  private void changeThresholds(ThresholdState state) {
    if (state.equals(thresholdState)) {
      return;
    }
    thresholdState = state;
    for (Consumer<ThresholdState> l : List.copyOf(thresholdListeners)) {
      l.accept(state);
    }
  }

  // ---- inputs -------------------------------------------------------------------------------

  public Dataset dataset() {
    return dataset;
  }

  public String source() {
    return source;
  }

  /** The test file of a dataset that came as two files, if any. */
  public Optional<Dataset> predefinedTest() {
    return Optional.ofNullable(predefinedTest);
  }

  /**
   * Replaces the dataset; {@code test} is the second file of a dataset shipped as train and test,
   * whose split is then kept as given.
   */
  public void setDataset(Dataset newDataset, Optional<Dataset> test, String newSource) {
    replaceDataset(newDataset, test, newSource, null, null);
  }

  /**
   * As {@link #setDataset(Dataset, Optional, String)}, with the results of steps 1–3 computed ahead
   * from {@link #inputsFor}: they are in place before any listener hears of the change, so the new
   * dataset arrives complete and nothing is computed on the listener's thread. Results whose
   * choices changed meanwhile are dropped (and computed again as usual).
   */
  public void setDataset(
      Dataset newDataset, Optional<Dataset> test, String newSource, Upstream prepared) {
    replaceDataset(newDataset, test, newSource, null, Objects.requireNonNull(prepared, "prepared"));
  }

  /**
   * The choices of steps 1–3 applied to a dataset that is not current yet, for {@link
   * Upstream#compute} on a worker while the current dataset stays in use.
   */
  public synchronized Upstream.Inputs inputsFor(Dataset newDataset, Optional<Dataset> test) {
    return new Upstream.Inputs(
        version + 1, newDataset, test.orElse(null), splitMethod, testFraction, splitSeed, fitScope,
        validationFraction, validationMethod);
  }

  private void replaceDataset(Dataset newDataset, Optional<Dataset> test, String newSource,
      GeneratorSettings settings, Upstream prepared) {
    this.dataset = Objects.requireNonNull(newDataset, "dataset");
    this.predefinedTest = test.orElse(null);
    this.source = newSource;
    this.generatorSettings = settings;
    invalidateFrom(Step.RAW_DATA, prepared);
  }

  /**
   * Replaces the dataset with one made by the generator, remembering its settings so that a saved
   * session can say how to make it again instead of listing its rows.
   */
  public void setGeneratedDataset(Dataset generated, GeneratorSettings settings, String newSource) {
    Objects.requireNonNull(settings, "settings");
    replaceDataset(generated, Optional.empty(), newSource, settings, null);
  }

  /** As {@link #setGeneratedDataset(Dataset, GeneratorSettings, String)}, with steps 1–3 ready. */
  public void setGeneratedDataset(
      Dataset generated, GeneratorSettings settings, String newSource, Upstream prepared) {
    replaceDataset(generated, Optional.empty(), newSource,
        Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(prepared, "prepared"));
  }

  /** The settings the current dataset was generated with, if it was generated. */
  public Optional<GeneratorSettings> generatorSettings() {
    return Optional.ofNullable(generatorSettings);
  }

  public SplitMethod splitMethod() {
    return predefinedTest != null ? SplitMethod.PREDEFINED : splitMethod;
  }

  public double testFraction() {
    return testFraction;
  }

  public long splitSeed() {
    return splitSeed;
  }

  /** Changes how rows are split (ignored for a dataset that came as train and test files). */
  public void setSplit(SplitMethod method, double fraction, long seed) {
    if (method == SplitMethod.PREDEFINED) {
      throw new IllegalArgumentException(
          "a predefined split comes from loading train and test files, it cannot be chosen");
    }
    Splitter.of(method, fraction, seed); // validates, naming the bad value
    this.splitMethod = method;
    this.testFraction = fraction;
    this.splitSeed = seed;
    invalidateFrom(Step.PREPROCESSING);
  }

  /** The share of the training rows held out for validation; 0 when there is no validation part. */
  public double validationFraction() {
    return validationFraction;
  }

  /** How the validation rows are drawn from the training rows. */
  public SplitMethod validationMethod() {
    return validationMethod;
  }

  /**
   * Carves a validation part of {@code fraction} of the training rows (0 turns it off), drawn
   * by {@code method} with the split's seed. The scaler and the model are then fitted on the rest.
   * Turning it off also turns early stopping off: it would have nothing honest to watch.
   */
  public void setValidation(SplitMethod method, double fraction) {
    if (method == SplitMethod.PREDEFINED) {
      throw new IllegalArgumentException(
          "a validation part is drawn at random or by stratification, not predefined");
    }
    if (fraction != 0 && !(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException(mllab.text.Text.get(
          "engine.split.badValidationFraction", String.valueOf(fraction)));
    }
    this.validationMethod = method;
    this.validationFraction = fraction;
    if (fraction == 0 && runOptions.earlyStopping()) {
      runOptions = runOptions.withEarlyStopping(0);
    }
    invalidateFrom(Step.PREPROCESSING);
  }

  /** Early stopping and positive weighting for the next training run. */
  public RunOptions runOptions() {
    return runOptions;
  }

  public void setRunOptions(RunOptions options) {
    this.runOptions = Objects.requireNonNull(options, "options");
    invalidateFrom(Step.TRAINING);
  }

  /**
   * Sets the training settings and the run options at once, so that no listener sees one without
   * the other (pos_weight with a softmax output, say, on the way from one valid pair to another).
   */
  public void setTraining(TrainingConfig config, RunOptions options) {
    this.trainingConfig = Objects.requireNonNull(config, "config");
    this.runOptions = Objects.requireNonNull(options, "options");
    invalidateFrom(Step.TRAINING);
  }

  public FitScope fitScope() {
    return fitScope;
  }

  /** Fit the scaler on the training rows only (correct) or on all rows (the leak the lesson shows). */
  public void setFitScope(FitScope scope) {
    this.fitScope = Objects.requireNonNull(scope, "scope");
    invalidateFrom(Step.PREPROCESSING);
  }

  public TrainingConfig trainingConfig() {
    return trainingConfig;
  }

  public void setTrainingConfig(TrainingConfig config) {
    this.trainingConfig = Objects.requireNonNull(config, "config");
    invalidateFrom(Step.TRAINING);
  }

  // ---- results ------------------------------------------------------------------------------
  //
  // Each result of steps 1-3 is computed on first use, or, in the window, on a worker thread by
  // Upstream.compute (from a copy of the choices) and installed here by the owning thread. The
  // methods are synchronized only so that a session shared by mistake stays consistent.

  /**
   * The choices steps 1–3 depend on, to compute their results elsewhere; empty when every result is
   * already here.
   */
  public synchronized Optional<Upstream.Inputs> upstreamToPrepare() {
    if (stats != null && split != null && scaler != null && scaledSplit != null && testReport != null
        && leakage != null) {
      return Optional.empty();
    }
    return Optional.of(new Upstream.Inputs(
        version, dataset, predefinedTest, splitMethod, testFraction, splitSeed, fitScope,
        validationFraction, validationMethod));
  }

  /**
   * Keeps results computed by {@link Upstream#compute}, unless a choice changed since their inputs
   * were copied (then they are dropped and {@code false} is returned).
   */
  public synchronized boolean install(Upstream u) {
    if (u.version() != version) {
      return false;
    }
    // Results already here stay: the same choices give equal results, and screens and a trained
    // model may hold on to the ones they were given.
    if (predefinedTest != null && combined == null) {
      combined = u.combined();
    }
    stats = stats != null ? stats : u.stats();
    if (split == null) {
      split = u.split();
      scaler = null;
      scaledSplit = null;
    }
    if (scaler == null) {
      scaler = u.scaler();
      scaledSplit = null;
    }
    scaledSplit = scaledSplit != null ? scaledSplit : u.scaledSplit();
    testReport = testReport != null ? testReport : u.testReport();
    leakage = leakage != null ? leakage : u.leakage();
    return true;
  }

  /** Computes every result of steps 1–3 here and now (for a session used without a window). */
  public void prepareUpstream() {
    upstreamToPrepare().ifPresent(in -> install(Upstream.compute(in)));
  }

  public synchronized DatasetStats stats() {
    if (stats == null) {
      stats = DatasetStats.of(combined());
    }
    return stats;
  }

  /** All rows, including a predefined test file's rows after the training file's. */
  public synchronized Dataset combined() {
    if (predefinedTest == null) {
      return dataset;
    }
    if (combined == null) {
      combined = concat(dataset, predefinedTest);
    }
    return combined;
  }

  static Dataset concat(Dataset a, Dataset b) {
    double[][] f = new double[a.rows() + b.rows()][];
    int[][] y = new int[a.rows() + b.rows()][];
    for (int i = 0; i < a.rows(); i++) {
      f[i] = a.featureRow(i);
      y[i] = a.labelRow(i);
    }
    for (int i = 0; i < b.rows(); i++) {
      f[a.rows() + i] = b.featureRow(i);
      y[a.rows() + i] = b.labelRow(i);
    }
    return new Dataset(a.name(), f, y, a.featureNames(), a.labelNames());
  }

  /** The raw (unscaled) split, with its validation part when one is chosen. */
  public synchronized Split split() {
    if (split == null) {
      Split s =
          predefinedTest != null
              ? Split.predefined(dataset, predefinedTest)
              : Splitter.of(splitMethod, testFraction, splitSeed).split(dataset);
      split = validationFraction > 0
          ? Splitter.carveValidation(s, validationMethod, validationFraction, splitSeed)
          : s;
    }
    return split;
  }

  /** The scaler fitted with the current scope on the current split. */
  public synchronized FittedScaler scaler() {
    if (scaler == null) {
      scaler = Scaler.MIN_MAX.fit(split(), fitScope);
    }
    return scaler;
  }

  /** The split with both parts scaled by {@link #scaler()}: what the network sees. */
  public synchronized Split scaledSplit() {
    if (scaledSplit == null) {
      scaledSplit = scaler().apply(split());
    }
    return scaledSplit;
  }

  /** How the test rows look after scaling: which values fall outside 0–1. */
  public synchronized ScalingReport testReport() {
    if (testReport == null) {
      testReport = scaler().report(split().test());
    }
    return testReport;
  }

  /** What fitting the scaler on all rows instead of the training rows changes in the test rows. */
  public synchronized ScalerComparison leakage() {
    if (leakage == null) {
      leakage = ScalerComparison.leakage(Scaler.MIN_MAX, split());
    }
    return leakage;
  }

  /** A fresh training run on the scaled split with the current settings. */
  public TrainingRun newTrainingRun() {
    Split s = scaledSplit();
    return new Trainer(trainingConfig, runOptions)
        .start(s.train(), s.validation().orElse(null), s.test());
  }

  /** Marks training as running (the navigator shows "computing"). */
  public void trainingStarted() {
    training = true;
    clearTraining();
    for (Consumer<Step> l : List.copyOf(listeners)) {
      l.accept(Step.TRAINING);
    }
  }

  /**
   * Stores the outcome of a run that finished, stopped or failed; its predictions become the
   * Evaluation step's input when at least one epoch completed (for a run whose loss exploded: one
   * epoch before the explosion).
   */
  public void trainingFinished(TrainingRun run) {
    trainingFinished(run, null);
  }

  /**
   * As {@link #trainingFinished(TrainingRun)}, with the forward pass already done (on a worker
   * thread, by {@link #forwardPass}); a pass made with other weights or another split is ignored
   * and done again here.
   */
  public void trainingFinished(TrainingRun run, Forward forward) {
    training = false;
    clearTraining();
    if (hasModel(run)) {
      finishedRun = run;
      trainedModel = evaluationModel(run);
      trainedHistory = run.history();
      predictions = forward != null && forward.model() == trainedModel
          && forward.split() == scaledSplit()
          ? forward.predictions()
          : predict(trainedModel);
    }
    for (Consumer<Step> l : List.copyOf(listeners)) {
      l.accept(Step.TRAINING);
    }
  }

  private static boolean hasModel(TrainingRun run) {
    return run.state() == TrainingRun.State.DIVERGED
        ? run.bestEpoch() > 0
        : !run.history().isEmpty();
  }

  /**
   * The test-set probabilities of the weights {@code run} hands to the Evaluation step, with the
   * split and weights they were computed from. A forward pass grows with the data: the window runs
   * it on a worker thread, then passes it to {@link #trainingFinished(TrainingRun, Forward)}.
   */
  public Optional<Forward> forwardPass(TrainingRun run) {
    if (!hasModel(run)) {
      return Optional.empty();
    }
    Split split = scaledSplit();
    Mlp model = evaluationModel(run);
    return Optional.of(new Forward(split, model, predict(model, split)));
  }

  /** One forward pass of the test rows: which split, which weights, which probabilities. */
  public record Forward(Split split, Mlp model, Predictions predictions) {}

  public boolean isTraining() {
    return training;
  }

  /**
   * Installs a model trained earlier (read from a saved session) as if its run had just finished on
   * the current settings: the Evaluation step predicts with {@code model}, and the Training step's
   * history is {@code history}. Nothing is retrained. There is no {@link TrainingRun} behind it, so
   * {@link #finishedRun()} stays empty.
   *
   * @throws IllegalArgumentException if the history is empty or the model does not fit the data
   */
  public void restoreTraining(Mlp model, List<EpochReport> history) {
    Objects.requireNonNull(model, "model");
    if (history.isEmpty()) {
      throw new IllegalArgumentException("a restored model needs the history of at least one epoch");
    }
    Dataset d = dataset();
    if (model.inputCount() != d.featureCount() || model.outputCount() != d.labelCount()) {
      throw new IllegalArgumentException(
          "the model has " + model.inputCount() + " inputs and " + model.outputCount()
              + " outputs but the dataset has " + d.featureCount() + " features and "
              + d.labelCount() + " labels");
    }
    training = false;
    clearTraining();
    trainedModel = model;
    trainedHistory = List.copyOf(history);
    predictions = predict(model);
    for (Consumer<Step> l : List.copyOf(listeners)) {
      l.accept(Step.TRAINING);
    }
  }

  /** The last finished run, if there is one for the current settings and it was trained here. */
  public Optional<TrainingRun> finishedRun() {
    return Optional.ofNullable(finishedRun);
  }

  /**
   * The trained model used for evaluation: see {@link #evaluationModel(TrainingRun)}, or the one
   * given to {@link #restoreTraining}.
   */
  public Optional<Mlp> model() {
    return Optional.ofNullable(trainedModel);
  }

  /**
   * The weights the Evaluation step uses: those after the last completed epoch. Only when the run
   * diverged does it fall back to the epoch with the lowest test loss, so that a loss that exploded
   * does not leave the student with garbage. Picking the best epoch by its test loss in general
   * would choose the model with the test set, the very leak the lesson warns about.
   */
  public static Mlp evaluationModel(TrainingRun run) {
    return keepsBestEpoch(run) ? run.bestModel() : run.model();
  }

  /**
   * The epoch whose weights {@link #evaluationModel} hands to Evaluation (0: the initial weights):
   * what the Training step's notes name, so they say what Evaluation really uses.
   */
  public static int evaluationEpoch(TrainingRun run) {
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

  /** The trained model's probabilities for the validation rows, when there are any. */
  public Optional<Predictions> validationPredictions() {
    if (trainedModel == null || !scaledSplit().hasValidation()) {
      return Optional.empty();
    }
    Dataset v = scaledSplit().validation().orElseThrow();
    return Optional.of(new Predictions(
        trainedModel.predictProbabilities(v.featureMatrix()), v.labelMatrix(), v.labelNames()));
  }

  /** The test-set probabilities of the trained model. */
  public Optional<Predictions> predictions() {
    return Optional.ofNullable(predictions);
  }

  private Predictions predict(Mlp model) {
    return predict(model, scaledSplit());
  }

  private static Predictions predict(Mlp model, Split split) {
    Dataset test = split.test();
    return new Predictions(
        model.predictProbabilities(test.featureMatrix()), test.labelMatrix(), test.labelNames());
  }

  public List<EpochReport> history() {
    return trainedHistory;
  }

  /** The state of every step, for the navigator. */
  public Map<Step, StepState> states() {
    Map<Step, StepState> m = new EnumMap<>(Step.class);
    m.put(Step.RAW_DATA, StepState.READY);
    m.put(Step.PREPROCESSING, StepState.READY);
    m.put(Step.SPLIT, StepState.READY);
    m.put(Step.TRAINING, training ? StepState.COMPUTING : trainedModel != null ? StepState.READY : StepState.NOT_COMPUTED);
    m.put(Step.EVALUATION, trainedModel != null && !training ? StepState.READY : StepState.NOT_COMPUTED);
    return m;
  }
}
