package mllab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import mllab.eval.Predictions;
import mllab.text.Text;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * One training session, advanced an epoch at a time so a UI can animate it.
 *
 * <p>Call {@link #nextEpoch()} from a background thread: it trains one epoch and returns its
 * report. Pausing is simply not calling it, stepping is calling it once, resuming is calling it in
 * a loop ({@link #runAll}). {@link #cancel()} may be called from any thread; the epoch in progress
 * stops before its next batch and throws a {@link CancellationException}, and {@link #model()}
 * keeps the weights of the last completed epoch.
 *
 * <p>The run also remembers its best epoch ({@link #bestModel()}): a network trained too long
 * starts to memorise its training rows and its loss on other rows rises again, and "early stopping"
 * means keeping the weights from before that happened. With validation rows the best epoch is the
 * one with the lowest <em>validation</em> loss, and {@link RunOptions} can stop the run when it has
 * not improved for a number of epochs; without validation rows it is the lowest test loss, which is
 * only ever shown as the optimistic comparison it is.
 *
 * <p>The same config and data give bit-identical weights and reports: the initial weights and the
 * per-epoch shuffles come from generators seeded with {@link TrainingConfig#seed()}.
 *
 * <p>{@code nextEpoch} is meant for one thread at a time (it is synchronised); the read accessors
 * may be called from any thread and always see a consistent, completed epoch.
 */
public final class TrainingRun {

  /** Where a run is. */
  public enum State {
    /** More epochs can be trained. */
    IN_PROGRESS,
    /** All configured epochs are trained. */
    COMPLETED,
    /** {@link #cancel()} stopped it. */
    CANCELLED,
    /** The loss became NaN or infinite; see {@link TrainingDivergedException}. */
    DIVERGED
  }

  private final TrainingConfig config;
  private final double[][] trainX;
  private final int[][] trainY;
  private final RunOptions options;
  private volatile boolean stoppedEarly;
  private final List<String> labelNames;
  private final Network network;
  private final int[] order;
  private final RandomGenerator shuffle;
  private final EpochEvaluator evaluator;
  private final EpochReport baseline;

  private volatile boolean cancelRequested;
  private volatile State state = State.IN_PROGRESS;
  private volatile String stopReason = "";

  /**
   * A training loss this many times the chance loss counts as exploded: a network that predicts 0.5
   * everywhere costs the chance loss, so ten times that means the updates overshoot wildly.
   */
  public static final double EXPLOSION_FACTOR = 10.0;

  private volatile Mlp model;
  private volatile Mlp bestModel;
  private volatile int bestEpoch;
  private volatile double bestWatchedLoss = Double.POSITIVE_INFINITY;
  private volatile List<EpochReport> history = List.of();
  private IntConsumer afterBatch = batch -> {};

  TrainingRun(
      TrainingConfig config,
      Mlp initial,
      double[][] trainX,
      int[][] trainY,
      double[][] testX,
      int[][] testY,
      double[][] validationX,
      int[][] validationY,
      RunOptions options,
      List<String> labelNames) {
    this.config = config;
    this.trainX = trainX;
    this.trainY = trainY;
    this.options = options;
    if (options.earlyStopping() && validationX == null) {
      throw new IllegalArgumentException(Text.get("engine.model.earlyStoppingNeedsValidation"));
    }
    this.labelNames = List.copyOf(labelNames);
    this.network =
        new Network(
            initial,
            Math.min(config.batchSize(), trainX.length),
            options.positiveWeighting() ? RunOptions.positiveWeights(trainY) : null);
    this.order = new int[trainX.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    long seed = config.seed();
    // A generator separate from the initialiser's, so changing the architecture does not change
    // the order in which rows are visited.
    this.shuffle = new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), 0x5EED});
    this.evaluator =
        new EpochEvaluator(
            network, config, this.labelNames, testX, testY, validationX, validationY);
    this.model = initial;
    this.bestModel = initial;
    this.baseline = evaluator.baseline(trainX, trainY);
  }

  public TrainingConfig config() {
    return config;
  }

  /** Early stopping and positive weighting as this run was started with. */
  public RunOptions options() {
    return options;
  }

  /** Whether this run has validation rows (and its reports a validation loss). */
  public boolean hasValidation() {
    return evaluator.hasValidation();
  }

  /**
   * Whether early stopping ended the run: the validation loss had not improved for the patience
   * number of epochs. {@link #bestModel()} then holds the weights to use.
   */
  public boolean stoppedEarly() {
    return stoppedEarly;
  }

  /** The untrained network's report (epoch 0): the starting point of every curve. */
  public EpochReport baseline() {
    return baseline;
  }

  /**
   * Trains one epoch and evaluates it.
   *
   * @throws CancellationException if {@link #cancel()} was called before or during the epoch
   * @throws TrainingDivergedException if the loss became NaN or infinite
   * @throws IllegalStateException if the run has already finished
   */
  public synchronized EpochReport nextEpoch() {
    if (state != State.IN_PROGRESS) {
      throw new IllegalStateException(
          Text.get(
              "engine.model.run.finished",
              state.name().toLowerCase(java.util.Locale.ROOT),
              String.valueOf(history.size())));
    }
    int epoch = history.size() + 1;
    shuffleOrder();
    int batchSize = config.batchSize();
    int batch = 0;
    double lossSum = 0;
    long correct = 0;
    for (int from = 0; from < order.length; from += batchSize) {
      if (cancelRequested) {
        stop(State.CANCELLED, Text.get("engine.model.run.stop.cancelled", String.valueOf(epoch)));
        throw new CancellationException(
            Text.get(
                epoch == 1 ? "engine.model.run.cancelledInFirst" : "engine.model.run.cancelled",
                String.valueOf(epoch),
                String.valueOf(epoch - 1)));
      }
      int count = Math.min(batchSize, order.length - from);
      double loss = network.trainBatch(trainX, trainY, order, from, count, config);
      if (!Double.isFinite(loss)) {
        throw diverged(epoch, loss);
      }
      lossSum += loss * count;
      correct += network.lastBatchCorrect();
      afterBatch.accept(++batch);
    }
    double trainLoss = lossSum / order.length;
    double trainAccuracy = correct / ((double) order.length * labelNames.size());
    EpochReport report = evaluator.evaluate(epoch, trainLoss, trainAccuracy);
    if (!Double.isFinite(report.testLoss())) {
      throw diverged(epoch, report.testLoss());
    }
    record(epoch, report);
    return report;
  }

  /**
   * Keeps a completed epoch: its weights become the model, its report joins the history, and it may
   * become the best epoch, end the run early, or end it as exploded.
   *
   * @throws TrainingDivergedException if the training loss exploded in this epoch
   */
  private void record(int epoch, EpochReport report) {
    Mlp snapshot = network.snapshot();
    model = snapshot;
    List<EpochReport> next = new ArrayList<>(history);
    next.add(report);
    history = List.copyOf(next);
    if (report.trainLoss() > EXPLOSION_FACTOR * report.chanceLoss()) {
      // Kept in the history so the curve shows where it went wrong, but never the best model:
      // its test loss can still look low while the weights are garbage.
      TrainingDivergedException e =
          TrainingDivergedException.exploded(
              epoch, report.trainLoss(), report.chanceLoss(), config.learningRate(), config.l2());
      stop(State.DIVERGED, e.getMessage());
      throw e;
    }
    // Validation rows, when there are any, choose the best epoch; never the test rows then.
    double watched = evaluator.hasValidation() ? report.validationLoss() : report.testLoss();
    if (watched < bestWatchedLoss) {
      bestWatchedLoss = watched;
      bestModel = snapshot;
      bestEpoch = epoch;
    }
    if (options.earlyStopping()
        && epoch - bestEpoch >= options.earlyStoppingPatience()
        && epoch < config.epochs()) {
      stoppedEarly = true;
      stop(
          State.COMPLETED,
          Text.get(
              "engine.model.stoppedEarly",
              String.valueOf(epoch),
              String.valueOf(bestEpoch),
              String.valueOf(options.earlyStoppingPatience())));
    } else if (epoch == config.epochs()) {
      stop(State.COMPLETED, Text.get("engine.model.run.stop.completed", String.valueOf(epoch)));
    }
  }

  /**
   * Trains the remaining epochs, handing each report to {@code listener} on this thread. Cancelling
   * ends the loop quietly; divergence is thrown.
   *
   * @return all reports of the run so far
   */
  public List<EpochReport> runAll(Consumer<EpochReport> listener) {
    while (!finished()) {
      EpochReport report;
      try {
        report = nextEpoch();
      } catch (CancellationException e) {
        break;
      }
      listener.accept(report);
    }
    return history;
  }

  /** Asks the run to stop before the next batch. Safe from any thread; idempotent. */
  public void cancel() {
    cancelRequested = true;
  }

  public boolean finished() {
    return state != State.IN_PROGRESS;
  }

  public State state() {
    return state;
  }

  /**
   * Why the run finished ("completed 5 epochs", the divergence message, …); empty while running.
   */
  public String stopReason() {
    return stopReason;
  }

  /** The number of completed epochs. */
  public int epochsDone() {
    return history.size();
  }

  /** The reports of all completed epochs, oldest first. */
  public List<EpochReport> history() {
    return history;
  }

  /** The weights after the last completed epoch (the initial weights before the first). */
  public Mlp model() {
    return model;
  }

  /**
   * The weights of the best epoch so far: lowest validation loss when the run has validation rows,
   * else lowest test loss (initial weights before any epoch).
   */
  public Mlp bestModel() {
    return bestModel;
  }

  /** The epoch of {@link #bestModel()}, 0 before the first epoch completes. */
  public int bestEpoch() {
    return bestEpoch;
  }

  /** {@code model}'s probabilities for the validation rows; empty without validation rows. */
  public java.util.Optional<Predictions> validationPredictions(Mlp model) {
    return evaluator.validationPredictions(model);
  }

  /** The current model's probabilities for the test rows, ready for thresholding. */
  public Predictions testPredictions() {
    return evaluator.testPredictions(model);
  }

  /** Test hook: called on the training thread after each batch with its 1-based number. */
  void afterBatch(IntConsumer hook) {
    this.afterBatch = hook;
  }

  private void shuffleOrder() {
    // Fisher–Yates: every permutation equally likely, so batches differ from epoch to epoch.
    for (int i = order.length - 1; i > 0; i--) {
      int j = shuffle.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  private TrainingDivergedException diverged(int epoch, double loss) {
    TrainingDivergedException e =
        new TrainingDivergedException(epoch, loss, config.learningRate(), config.l2());
    stop(State.DIVERGED, e.getMessage());
    return e;
  }

  private void stop(State s, String reason) {
    stopReason = reason;
    state = s;
  }
}
