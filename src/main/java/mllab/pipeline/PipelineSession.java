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
import mllab.eval.Predictions;
import mllab.model.EpochReport;
import mllab.model.Mlp;
import mllab.model.Trainer;
import mllab.model.TrainingRun;
import mllab.prep.FittedScaler;
import mllab.prep.ScalerComparison;
import mllab.prep.ScalingReport;
import mllab.split.BaseRateLoss;
import mllab.split.Split;

/**
 * The one pipeline the app walks through: the current dataset and every choice made on it, with one
 * result per step, computed on demand and invalidated downstream when an upstream choice changes (a
 * new dataset recomputes everything; a new threshold recomputes nothing here, because thresholds
 * only re-read the stored predictions).
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
 *
 * <p>The choices, each checked when it is made, live in {@link SessionChoices}; the results of
 * steps 1–3 in {@link UpstreamResults}, what training left in {@link TrainingOutcome}.
 */
public final class PipelineSession extends SessionChoices {

  /** The sample row the lesson's cards follow through the steps (index in the raw dataset). */
  public static final int SAMPLE_ROW = 0;

  /** The lesson's split seed. */
  public static final long DEFAULT_SPLIT_SEED = 42;

  private final UpstreamResults results = new UpstreamResults();
  private TrainingOutcome outcome = TrainingOutcome.NONE;
  private boolean training;
  private final List<Consumer<Step>> listeners = new ArrayList<>();

  /**
   * @param dataset the dataset to start with
   * @param source where it came from, shown to the student ("bundled photos.csv")
   */
  public PipelineSession(Dataset dataset, String source) {
    super(dataset, source);
  }

  /**
   * Registers a listener told the first step whose result became invalid (every later step is
   * invalid too), or {@link Step#TRAINING} / {@link Step#EVALUATION} when training state changed.
   */
  public void addListener(Consumer<Step> listener) {
    listeners.add(listener);
  }

  /** {@code prepared}, when given, is installed before the listeners are told. */
  @Override
  void invalidateFrom(Step step, Upstream prepared) {
    synchronized (this) {
      results.clear(step);
      if (prepared != null) {
        install(prepared);
      }
    }
    clearTraining();
    tell(step);
  }

  private void tell(Step step) {
    for (Consumer<Step> l : List.copyOf(listeners)) {
      l.accept(step);
    }
  }

  private void clearTraining() {
    outcome = TrainingOutcome.NONE;
    // Tuned or per-label thresholds belonged to the old predictions; the global one stays.
    changeThresholds(thresholdState().forLabels(dataset().labelCount()));
  }

  /**
   * The choices of steps 1–3 applied to a dataset that is not current yet, for {@link
   * Upstream#compute} on a worker while the current dataset stays in use.
   */
  public synchronized Upstream.Inputs inputsFor(Dataset newDataset, Optional<Dataset> test) {
    return inputs(results.version() + 1, newDataset, test.orElse(null));
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
    return results.complete() ? Optional.empty() : Optional.of(choices());
  }

  /** The current choices of steps 1–3, as {@link Upstream#compute} takes them. */
  private Upstream.Inputs choices() {
    return inputs(results.version(), dataset(), predefinedTest().orElse(null));
  }

  /**
   * Keeps results computed by {@link Upstream#compute}, unless a choice changed since their inputs
   * were copied (then they are dropped and {@code false} is returned).
   */
  public synchronized boolean install(Upstream u) {
    return results.install(u, choices());
  }

  /** Computes every result of steps 1–3 here and now (for a session used without a window). */
  public void prepareUpstream() {
    upstreamToPrepare().ifPresent(in -> install(Upstream.compute(in)));
  }

  public synchronized DatasetStats stats() {
    return results.stats(choices());
  }

  /** All rows, including a predefined test file's rows after the training file's. */
  public synchronized Dataset combined() {
    return results.combined(choices());
  }

  /** The raw (unscaled) split, with its validation part when one is chosen. */
  public synchronized Split split() {
    return results.split(choices());
  }

  /** The scaler fitted with the current scope on the current split. */
  public synchronized FittedScaler scaler() {
    return results.scaler(choices());
  }

  /** The split with both parts scaled by {@link #scaler()}: what the network sees. */
  public synchronized Split scaledSplit() {
    return results.scaledSplit(choices());
  }

  /** How the test rows look after scaling: which values fall outside 0–1. */
  public synchronized ScalingReport testReport() {
    return results.testReport(choices());
  }

  /** What fitting the scaler on all rows instead of the training rows changes in the test rows. */
  public synchronized ScalerComparison leakage() {
    return results.leakage(choices());
  }

  /** The loss of predicting each label's training share for every row (the training lesson's). */
  public synchronized BaseRateLoss baseRate() {
    return results.baseRate(choices());
  }

  /** A fresh training run on the scaled split with the current settings. */
  public TrainingRun newTrainingRun() {
    Split s = scaledSplit();
    return new Trainer(trainingConfig(), runOptions())
        .start(s.train(), s.validation().orElse(null), s.test());
  }

  /** Marks training as running (the navigator shows "computing"). */
  public void trainingStarted() {
    training = true;
    clearTraining();
    tell(Step.TRAINING);
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
    if (TrainingOutcome.hasModel(run)) {
      outcome = TrainingOutcome.finished(run, forward, scaledSplit());
    }
    tell(Step.TRAINING);
  }

  /**
   * The test-set probabilities of the weights {@code run} hands to the Evaluation step, with the
   * split and weights they were computed from. A forward pass grows with the data: the window runs
   * it on a worker thread, then passes it to {@link #trainingFinished(TrainingRun, Forward)}.
   */
  public Optional<Forward> forwardPass(TrainingRun run) {
    if (!TrainingOutcome.hasModel(run)) {
      return Optional.empty();
    }
    Split split = scaledSplit();
    Mlp model = evaluationModel(run);
    return Optional.of(new Forward(split, model, TrainingOutcome.predict(model, split)));
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
      throw new IllegalArgumentException(
          "a restored model needs the history of at least one epoch");
    }
    Dataset d = dataset();
    if (model.inputCount() != d.featureCount() || model.outputCount() != d.labelCount()) {
      throw new IllegalArgumentException(
          "the model has "
              + model.inputCount()
              + " inputs and "
              + model.outputCount()
              + " outputs but the dataset has "
              + d.featureCount()
              + " features and "
              + d.labelCount()
              + " labels");
    }
    training = false;
    clearTraining();
    outcome = TrainingOutcome.restored(model, history, scaledSplit());
    tell(Step.TRAINING);
  }

  /**
   * Takes everything {@code prepared} holds in one change: its dataset and choices, its results of
   * steps 1–3, its trained model with that model's predictions, and its thresholds. A saved session
   * is opened this way: {@code prepared} is built and computed on a worker thread (see {@code
   * SessionFile.prepared}), so the thread that owns this session only swaps it in. The listeners
   * hear of it as of a new dataset and then, with a model, of a finished run.
   */
  public void adopt(PipelineSession prepared) {
    synchronized (this) {
      synchronized (prepared) {
        takeChoices(prepared);
        results.takeFrom(prepared.results);
      }
    }
    outcome = prepared.outcome;
    boolean trained = outcome.model() != null;
    if (trained) {
      training = false;
    }
    changeThresholds(prepared.thresholdState());
    tell(Step.RAW_DATA);
    if (trained) {
      tell(Step.TRAINING);
    }
  }

  /** The last finished run, if there is one for the current settings and it was trained here. */
  public Optional<TrainingRun> finishedRun() {
    return Optional.ofNullable(outcome.run());
  }

  /**
   * The trained model used for evaluation: see {@link #evaluationModel(TrainingRun)}, or the one
   * given to {@link #restoreTraining}.
   */
  public Optional<Mlp> model() {
    return Optional.ofNullable(outcome.model());
  }

  /**
   * The weights the Evaluation step uses: those after the last completed epoch. Only when the run
   * diverged does it fall back to the epoch with the lowest test loss, so that a loss that exploded
   * does not leave the student with garbage. Picking the best epoch by its test loss in general
   * would choose the model with the test set, the very leak the lesson warns about.
   */
  public static Mlp evaluationModel(TrainingRun run) {
    return TrainingOutcome.evaluationModel(run);
  }

  /**
   * The epoch whose weights {@link #evaluationModel} hands to Evaluation (0: the initial weights):
   * what the Training step's notes name, so they say what Evaluation really uses.
   */
  public static int evaluationEpoch(TrainingRun run) {
    return TrainingOutcome.evaluationEpoch(run);
  }

  /** The trained model's probabilities for the validation rows, when there are any. */
  public Optional<Predictions> validationPredictions() {
    Mlp trainedModel = outcome.model();
    if (trainedModel == null || !scaledSplit().hasValidation()) {
      return Optional.empty();
    }
    Dataset v = scaledSplit().validation().orElseThrow();
    return Optional.of(
        new Predictions(
            trainedModel.predictProbabilities(v.featureMatrix()), v.labelMatrix(), v.labelNames()));
  }

  /** The test-set probabilities of the trained model. */
  public Optional<Predictions> predictions() {
    return Optional.ofNullable(outcome.predictions());
  }

  public List<EpochReport> history() {
    return outcome.history();
  }

  /** The state of every step, for the navigator. */
  public Map<Step, StepState> states() {
    Map<Step, StepState> m = new EnumMap<>(Step.class);
    m.put(Step.RAW_DATA, StepState.READY);
    m.put(Step.PREPROCESSING, StepState.READY);
    m.put(Step.SPLIT, StepState.READY);
    boolean trained = outcome.model() != null;
    m.put(
        Step.TRAINING,
        training ? StepState.COMPUTING : trained ? StepState.READY : StepState.NOT_COMPUTED);
    m.put(Step.EVALUATION, trained && !training ? StepState.READY : StepState.NOT_COMPUTED);
    return m;
  }
}
