package mllab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mllab.data.Dataset;
import mllab.model.Activation;
import mllab.model.EpochReport;
import mllab.model.Mlp;
import mllab.lesson.Observation;
import mllab.model.Optimizer;
import mllab.model.OutputActivation;
import mllab.model.RunOptions;
import mllab.model.TrainingConfig;
import mllab.model.TrainingDivergedException;
import mllab.model.TrainingRun;
import mllab.pipeline.PipelineSession;
import mllab.lesson.PythonSnippet;
import mllab.lesson.ShapeCard;
import mllab.pipeline.Step;
import mllab.lesson.StepCards;
import mllab.text.Text;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.SessionModel;

/**
 * Step 4: trains the network epoch by epoch so the student can watch it learn.
 *
 * <p>One worker loop per Play or Step runs on the {@link BackgroundRunner}: it calls {@link
 * TrainingRun#nextEpoch()}, hands each report to the FX thread and, between epochs, honours
 * pause, cancel and the chosen {@link Speed} (the pacing wait happens on the worker). Reports that
 * arrive faster than the FX thread drains them are applied together, so the curves and the table
 * change once per batch. With {@link BackgroundRunner#sameThread()} the whole loop runs inside
 * {@link #play()}.
 *
 * <p>All methods and properties belong to the FX thread.
 */
public final class TrainingViewModel {

  /** What the worker hands to the FX thread after each epoch. */
  private record Delivery(long generation, EpochReport report, Mlp model) {}

  private final SessionModel sessionModel;
  private final PipelineSession session;
  private final BackgroundRunner runner;

  private final Setting epochs = new Setting(Text.get("training.setting.name.epochs"));
  private final Setting hidden = new Setting(Text.get("training.setting.name.hidden"));
  private final Setting learningRate = new Setting(Text.get("training.setting.name.learningRate"));
  private final Setting batchSize = new Setting(Text.get("training.setting.name.batchSize"));
  private final Setting l2 = new Setting(Text.get("training.l2"));
  private final Setting seed = new Setting(Text.get("training.setting.name.seed"));
  private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>();
  private final ObjectProperty<OutputActivation> output = new SimpleObjectProperty<>();
  private final ObjectProperty<Optimizer> optimizer = new SimpleObjectProperty<>();
  private final ObjectProperty<Speed> speed = new SimpleObjectProperty<>(Speed.TWO_PER_SECOND);
  private final IntegerProperty sampleRow = new SimpleIntegerProperty(0);
  private final BooleanProperty positiveWeighting = new SimpleBooleanProperty();
  private final BooleanProperty earlyStopping = new SimpleBooleanProperty();
  private final IntegerProperty patience = new SimpleIntegerProperty(DEFAULT_PATIENCE);
  private final ReadOnlyBooleanWrapper validationAvailable = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper positiveWeightingError = new ReadOnlyStringWrapper("");

  /** The patience offered when early stopping is first ticked, in epochs. */
  static final int DEFAULT_PATIENCE = 5;
  /** The largest patience the spinner offers, in epochs. */
  static final int MAX_PATIENCE = 1000;

  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper settingsValid = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
  private final ReadOnlyIntegerWrapper epochsDone = new ReadOnlyIntegerWrapper();
  private final ReadOnlyIntegerWrapper epochsTotal = new ReadOnlyIntegerWrapper();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
  private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
  private final ReadOnlyIntegerWrapper failedEpoch = new ReadOnlyIntegerWrapper();
  private final ReadOnlyDoubleWrapper chanceLoss = new ReadOnlyDoubleWrapper(Double.NaN);
  private final ReadOnlyObjectWrapper<Mlp> model = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<double[]> sampleProbabilities =
      new ReadOnlyObjectWrapper<>(new double[0]);
  private final ReadOnlyObjectWrapper<List<String>> labelNames =
      new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyIntegerWrapper testRows = new ReadOnlyIntegerWrapper();
  private final ReadOnlyObjectWrapper<ShapeCard> card = new ReadOnlyObjectWrapper<>();
  private final javafx.beans.property.ReadOnlyStringWrapper lesson =
      new javafx.beans.property.ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<PythonSnippet> python = new ReadOnlyObjectWrapper<>();
  private final ObservableList<EpochReport> reports = FXCollections.observableArrayList();
  private final ObservableList<EpochRow> rows = FXCollections.observableArrayList();
  private final ObservableList<EpochReport> reportsView =
      FXCollections.unmodifiableObservableList(reports);
  private final ObservableList<EpochRow> rowsView = FXCollections.unmodifiableObservableList(rows);


  private final ConcurrentLinkedQueue<Delivery> pending = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean drainPosted = new AtomicBoolean();
  private final Object pacer = new Object();
  /** The shortest time between two hand-overs of reports to the FX thread. */
  private static final long MIN_POST_GAP_NANOS = 100_000_000L;
  /** {@link #MIN_POST_GAP_NANOS} unless a test sets another gap. */
  private long postGapNanos = MIN_POST_GAP_NANOS;
  /** The longest an epoch waits for the FX thread to take the previous hand-over. */
  private static final long MAX_HAND_OVER_WAIT_NANOS = 50_000_000L;

  private volatile boolean pauseRequested;
  // Only the worker touches it.
  private long lastPost;
  private volatile long epochNanos = Speed.TWO_PER_SECOND.epochNanos();

  private TrainingRun run;
  private BackgroundRunner.Cancellable worker;
  // Bumped whenever the run is replaced or abandoned, so late deliveries of an old worker are
  // dropped instead of landing in a fresh chart.
  private long generation;
  private TrainingConfig applied;
  private RunOptions appliedOptions;
  private boolean loading;
  // A cancelled run cannot train on; the next Play starts a fresh one.
  private boolean runCancelled;
  // A fresh run is being made on a worker (its first forward pass grows with the data).
  private BackgroundRunner.Cancellable preparing;
  // Epochs asked for (Play or Step) while the fresh run was being made; 0 when none.
  private int playWhenReady;

  public TrainingViewModel(SessionModel sessionModel) {
    this.sessionModel = sessionModel;
    this.session = sessionModel.session();
    this.runner = sessionModel.runner();
    loadSettings(session.trainingConfig(), session.runOptions());
    for (Setting s : settings()) {
      s.textProperty().addListener((o, a, b) -> applySettings());
    }
    activation.addListener((o, a, b) -> applySettings());
    output.addListener((o, a, b) -> applySettings());
    optimizer.addListener((o, a, b) -> applySettings());
    positiveWeighting.addListener((o, a, b) -> applySettings());
    earlyStopping.addListener((o, a, b) -> applySettings());
    patience.addListener((o, a, b) -> applySettings());
    speed.addListener(
        (o, a, b) -> {
          epochNanos = b == null ? 0 : b.epochNanos();
          wakePacer();
        });
    sampleRow.addListener((o, a, b) -> updateSample());
    sessionModel.onChange(this::sessionChanged);
  }

  // ---- commands -----------------------------------------------------------------------------

  /** Trains the remaining epochs (a new run when the last one has finished). */
  /** For tests: the shortest time between two hand-overs of reports to the FX thread. */
  void setHandOverGapNanos(long nanos) {
    postGapNanos = nanos;
  }

  public void play() {
    launch(Integer.MAX_VALUE);
  }

  /** Trains exactly one more epoch. */
  public void step() {
    launch(1);
  }

  /** Stops after the epoch in progress; Play continues from there. */
  public void pause() {
    pauseRequested = true;
    wakePacer();
  }

  /** Throws the run away and starts again from the seed's initial weights. */
  public void reset() {
    abandonWorker();
    startFreshRun();
  }

  /**
   * Stops training at once (the epoch in progress is dropped); Evaluation uses the weights after
   * the last completed epoch. Called when the window closes.
   */
  public void cancel() {
    if (!running.get()) {
      return;
    }
    TrainingRun r = run;
    drain();
    abandonWorker();
    running.set(false);
    note.set(stoppedNote(r, "training.note.stopped"));
    session.trainingFinished(r);
  }

  // ---- the worker loop ----------------------------------------------------------------------

  private void launch(int maxEpochs) {
    if (running.get() || !settingsValid.get()) {
      return;
    }
    if (run == null && preparing != null) {
      playWhenReady = maxEpochs;
      return;
    }
    if (run == null || run.finished() || runCancelled) {
      startFreshRun();
      if (run == null) {
        playWhenReady = maxEpochs;
        return;
      }
    }
    TrainingRun r = run;
    long gen = generation;
    pauseRequested = false;
    failure.set("");
    note.set("");
    running.set(true);
    session.trainingStarted();
    worker =
        runner.run(
            () -> trainThenPredict(r, gen, maxEpochs),
            done -> finished(r, gen, done.error(), done.forward()),
            error -> finished(r, gen, error, null));
  }

  /** How a worker's turn ended: its error (null when none) and the forward pass after it. */
  private record Turn(Throwable error, PipelineSession.Forward forward) {}

  /**
   * Trains, then runs the test rows through the weights Evaluation will use, still on the worker:
   * a forward pass grows with the data and must not run on the FX thread. A loss that explodes
   * ends the training, not the turn: the best epoch before it is evaluated.
   */
  private Turn trainThenPredict(TrainingRun r, long gen, int maxEpochs) throws InterruptedException {
    Throwable error = null;
    try {
      train(r, gen, maxEpochs);
    } catch (TrainingDivergedException e) {
      error = e;
    }
    return new Turn(error, session.forwardPass(r).orElse(null));
  }

  /**
   * The worker loop. A loss that explodes ends it with the trainer's {@link
   * TrainingDivergedException}, which {@link #finished} shows.
   *
   * @return the number of epochs trained
   */
  private Integer train(TrainingRun r, long gen, int maxEpochs) throws InterruptedException {
    int done = 0;
    lastPost = System.nanoTime() - postGapNanos;
    while (!r.finished() && done < maxEpochs && !pauseRequested) {
      long start = System.nanoTime();
      EpochReport report = r.nextEpoch();
      done++;
      pending.add(new Delivery(gen, report, r.model()));
      // At full speed epochs can come faster than the screen should change; the reports wait in
      // the queue and the next hand-over, or the end of the run, takes them all.
      long now = System.nanoTime();
      if (now - lastPost >= postGapNanos && drainPosted.compareAndSet(false, true)) {
        lastPost = now;
        runner.post(this::drain);
      }
      if (!r.finished() && done < maxEpochs) {
        pace(start);
        awaitHandOver();
      }
    }
    return done;
  }

  /** Waits out the rest of the epoch's screen time; Pause, Cancel or a faster speed end it early. */
  private void pace(long epochStart) throws InterruptedException {
    synchronized (pacer) {
      while (!pauseRequested) {
        long left = epochStart + epochNanos - System.nanoTime();
        if (left <= 0) {
          return;
        }
        pacer.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  /**
   * Back-pressure: while the FX thread has not yet taken the last hand-over, the next epoch waits
   * a little, so that on a busy machine training does not starve the thread that draws.
   */
  private void awaitHandOver() throws InterruptedException {
    long until = System.nanoTime() + MAX_HAND_OVER_WAIT_NANOS;
    synchronized (pacer) {
      while (drainPosted.get() && !pauseRequested) {
        long left = until - System.nanoTime();
        if (left <= 0) {
          return;
        }
        pacer.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  private void wakePacer() {
    synchronized (pacer) {
      pacer.notifyAll();
    }
  }

  private void drain() {
    drainPosted.set(false);
    wakePacer();
    List<EpochReport> batch = new ArrayList<>();
    List<EpochRow> newRows = new ArrayList<>();
    List<EpochReport> soFar = new ArrayList<>(reports);
    Mlp latest = null;
    for (Delivery d = pending.poll(); d != null; d = pending.poll()) {
      if (d.generation() != generation) {
        continue;
      }
      batch.add(d.report());
      soFar.add(d.report());
      newRows.add(new EpochRow(d.report(), Observation.of(soFar).text()));
      latest = d.model();
    }
    if (batch.isEmpty()) {
      return;
    }
    reports.addAll(batch);
    rows.addAll(newRows);
    model.set(latest);
    updateProgress();
    updateSample();
  }

  private void finished(TrainingRun r, long gen, Throwable error, PipelineSession.Forward forward) {
    if (gen != generation) {
      return;
    }
    // An epoch whose loss exploded is in the run's history though nextEpoch() threw: show it,
    // so the curve ends where it went wrong.
    int delivered = reports.size() + pending.size();
    for (EpochReport missed : r.history().subList(Math.min(delivered, r.history().size()), r.history().size())) {
      pending.add(new Delivery(gen, missed, r.model()));
    }
    drain();
    worker = null;
    running.set(false);
    if (error instanceof TrainingDivergedException e) {
      failedEpoch.set(e.epoch());
      failure.set(
          Text.get("training.failure.diverged", e.getMessage(),
              r.bestEpoch() > 0
                  ? Text.get("training.failure.bestKept", String.valueOf(r.bestEpoch()))
                  : Text.get(r.epochsDone() > 0
                      ? "training.noEpochBeforeExplosion" : "training.noEpochFinishedSo")));
    } else if (error != null && !(error instanceof CancellationException)) {
      failure.set(Text.get("training.failure.other", mllab.ui.common.Messages.explain(error)));
    } else if (r.state() == TrainingRun.State.COMPLETED) {
      note.set(completedNote(r));
    } else {
      note.set(stoppedNote(r, "training.note.paused"));
    }
    finished.set(r.finished());
    session.trainingFinished(r, forward);
  }

  /**
   * What a completed run kept. Early stopping names the epoch it stopped at, how long the
   * validation loss had not improved and the epoch Evaluation keeps, all read from the run.
   */
  private static String completedNote(TrainingRun r) {
    if (r.stoppedEarly()) {
      EpochReport kept = r.history().get(r.bestEpoch() - 1);
      return Text.get("training.note.stoppedEarly", String.valueOf(r.epochsDone()),
          String.valueOf(r.config().epochs()), String.valueOf(r.epochsDone() - r.bestEpoch()),
          String.valueOf(r.bestEpoch()), format(kept.validationLoss()));
    }
    return Text.get(r.hasValidation() ? "training.note.finishedValidation" : "training.note.finished",
        String.valueOf(r.epochsDone()), String.valueOf(r.bestEpoch()));
  }

  /** {@code key} is {@code training.note.stopped} or {@code training.note.paused}. */
  private static String stoppedNote(TrainingRun r, String key) {
    if (r.epochsDone() == 0) {
      return Text.get(key + ".beforeFirst");
    }
    return Text.get(r.finished() ? key + ".finished" : key + ".resumable",
        String.valueOf(r.epochsDone()), String.valueOf(r.config().epochs()),
        String.valueOf(PipelineSession.evaluationEpoch(r)));
  }

  private void abandonWorker() {
    generation++;
    if (run != null) {
      run.cancel();
      runCancelled = true;
    }
    pauseRequested = true;
    wakePacer();
    if (worker != null) {
      worker.cancel();
      worker = null;
    }
    pending.clear();
  }

  /**
   * Throws the current run away and makes a fresh one on a worker: starting a run evaluates it
   * once over every row (the epoch-0 point of the curves), which grows with the data and must not
   * hold the FX thread. Play or Step pressed meanwhile start as soon as the run is there.
   */
  private void startFreshRun() {
    boolean wasRunning = running.get();
    running.set(false);
    generation++;
    reports.clear();
    rows.clear();
    failure.set("");
    note.set("");
    failedEpoch.set(0);
    finished.set(false);
    run = null;
    runCancelled = false;
    playWhenReady = 0;
    Dataset test = session.scaledSplit().test();
    labelNames.set(test.labelNames());
    testRows.set(test.rows());
    if (sampleRow.get() >= test.rows()) {
      sampleRow.set(0);
    }
    updateProgress();
    updateSample();
    if (preparing != null) {
      preparing.cancel();
    }
    long gen = generation;
    BackgroundRunner.Cancellable job = runner.run(
        session::newTrainingRun,
        fresh -> runReady(fresh, gen, wasRunning),
        error -> {
          if (gen == generation) {
            preparing = null;
            playWhenReady = 0;
            failure.set(mllab.ui.common.Messages.explain(error));
          }
        });
    // The same-thread runner has already delivered the run; the FX runner delivers it later.
    preparing = run == null && gen == generation ? job : null;
  }

  private void runReady(TrainingRun fresh, long gen, boolean wasRunning) {
    if (gen != generation) {
      fresh.cancel();
      return;
    }
    preparing = null;
    run = fresh;
    applied = fresh.config();
    chanceLoss.set(fresh.baseline().chanceLoss());
    model.set(fresh.model());
    updateProgress();
    updateSample();
    if (wasRunning) {
      session.trainingFinished(fresh);
    }
    if (playWhenReady > 0) {
      int epochsAsked = playWhenReady;
      playWhenReady = 0;
      launch(epochsAsked);
    }
  }

  private void updateProgress() {
    int total = run == null ? session.trainingConfig().epochs() : run.config().epochs();
    int done = reports.size();
    epochsDone.set(done);
    epochsTotal.set(total);
    progress.set(total == 0 ? 0 : done / (double) total);
    progressText.set(Text.get("training.progress", String.valueOf(done), String.valueOf(total)));
  }

  private void updateSample() {
    Mlp m = run == null ? null : model.get();
    int row = sampleRow.get();
    Dataset test = session.scaledSplit().test();
    if (m == null || row < 0 || row >= test.rows()) {
      sampleProbabilities.set(new double[0]);
      return;
    }
    sampleProbabilities.set(m.predictProbabilities(test.featureRow(row)));
  }

  // ---- settings -----------------------------------------------------------------------------

  private List<Setting> settings() {
    return List.of(epochs, hidden, learningRate, batchSize, l2, seed);
  }

  private void loadSettings(TrainingConfig c, RunOptions options) {
    loading = true;
    try {
      validationAvailable.set(session.validationFraction() > 0);
      positiveWeighting.set(options.positiveWeighting());
      earlyStopping.set(options.earlyStopping());
      if (options.earlyStopping()) {
        patience.set(options.earlyStoppingPatience());
      }
      positiveWeightingError.set("");
      appliedOptions = options;
      epochs.textProperty().set(Integer.toString(c.epochs()));
      StringBuilder units = new StringBuilder();
      for (int u : c.hiddenLayers()) {
        units.append(units.length() == 0 ? "" : ",").append(u);
      }
      hidden.textProperty().set(units.toString());
      learningRate.textProperty().set(number(c.learningRate()));
      batchSize.textProperty().set(Integer.toString(c.batchSize()));
      l2.textProperty().set(number(c.l2()));
      seed.textProperty().set(Long.toString(c.seed()));
      activation.set(c.activation());
      output.set(c.output());
      optimizer.set(c.optimizer());
      for (Setting s : settings()) {
        s.setError("");
      }
      settingsValid.set(true);
      applied = c;
    } finally {
      loading = false;
    }
  }

  private static String number(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** Builds the config field by field, so each refusal is shown next to the field that caused it. */
  private void applySettings() {
    if (loading || activation.get() == null || output.get() == null || optimizer.get() == null) {
      return;
    }
    TrainingConfig c = session.trainingConfig();
    boolean valid = true;
    try {
      c = c.withActivation(activation.get()).withOutput(output.get()).withOptimizer(optimizer.get());
    } catch (IllegalArgumentException e) {
      valid = false;
    }
    for (Setting s : settings()) {
      try {
        c = with(c, s);
        s.setError("");
      } catch (IllegalArgumentException e) {
        s.setError(e.getMessage());
        valid = false;
      }
    }
    RunOptions options = new RunOptions(
        earlyStopping.get() && validationAvailable.get() ? Math.max(1, patience.get()) : 0,
        positiveWeighting.get());
    // The engine refuses pos_weight with softmax outputs; say so beside the box, before Play.
    if (options.positiveWeighting() && output.get() != OutputActivation.SIGMOID) {
      positiveWeightingError.set(
          Text.get("engine.model.posWeightNeedsSigmoid", output.get().toString()));
      valid = false;
    } else {
      positiveWeightingError.set("");
    }
    settingsValid.set(valid);
    if (valid && !running.get()
        && (!c.equals(session.trainingConfig()) || !options.equals(session.runOptions()))) {
      applied = c;
      appliedOptions = options;
      session.setTraining(c, options);
    }
  }

  private TrainingConfig with(TrainingConfig c, Setting s) {
    if (s == epochs) {
      return c.withEpochs(s.parseInt());
    }
    if (s == hidden) {
      return c.withHiddenLayers(s.parseLayers());
    }
    if (s == learningRate) {
      return c.withLearningRate(s.parseDouble());
    }
    if (s == batchSize) {
      return c.withBatchSize(s.parseInt());
    }
    if (s == l2) {
      return c.withL2(s.parseDouble());
    }
    return c.withSeed(s.parseLong());
  }

  private void sessionChanged() {
    Step change = sessionModel.lastChangeProperty().get();
    boolean upstream = change.ordinal() < Step.TRAINING.ordinal();
    TrainingConfig current = session.trainingConfig();
    RunOptions options = session.runOptions();
    // Turning the validation part off in step 3 also turns early stopping off (PipelineSession).
    boolean stale = !current.equals(applied) || !options.equals(appliedOptions)
        || validationAvailable.get() != (session.validationFraction() > 0);
    if (upstream) {
      abandonWorker();
      if (stale) {
        loadSettings(current, options);
      }
      startFreshRun();
    } else if (!running.get()) {
      if (stale) {
        loadSettings(current, options);
      }
      if (run == null || !run.config().equals(current) || !run.options().equals(options)) {
        startFreshRun();
      }
    }
    showRestoredHistory();
    card.set(StepCards.card(session, Step.TRAINING));
    lesson.set(mllab.lesson.LessonText.forStep(session, Step.TRAINING));
    python.set(StepCards.python(session, Step.TRAINING));
  }

  /**
   * A session opened from a file brings a trained model and its epochs but no run: show those
   * epochs and that model, so the curves match what Evaluation shows. Play trains again from the
   * seed.
   */
  private void showRestoredHistory() {
    if (running.get()
        || session.finishedRun().isPresent()
        || session.model().isEmpty()
        || session.history().isEmpty()
        || !reports.isEmpty()) {
      return;
    }
    List<EpochReport> history = session.history();
    List<EpochRow> restored = new ArrayList<>();
    for (int e = 1; e <= history.size(); e++) {
      restored.add(new EpochRow(history.get(e - 1), Observation.of(history.subList(0, e)).text()));
    }
    reports.setAll(history);
    rows.setAll(restored);
    model.set(session.model().get());
    finished.set(true);
    note.set(Text.get("training.note.restored", String.valueOf(history.size())));
    updateProgress();
    updateSample();
  }

  // ---- properties ---------------------------------------------------------------------------

  public Setting epochsSetting() {
    return epochs;
  }

  public Setting hiddenSetting() {
    return hidden;
  }

  public Setting learningRateSetting() {
    return learningRate;
  }

  public Setting batchSizeSetting() {
    return batchSize;
  }

  public Setting l2Setting() {
    return l2;
  }

  public Setting seedSetting() {
    return seed;
  }

  public ObjectProperty<Activation> activationProperty() {
    return activation;
  }

  public ObjectProperty<OutputActivation> outputProperty() {
    return output;
  }

  public ObjectProperty<Optimizer> optimizerProperty() {
    return optimizer;
  }

  public ObjectProperty<Speed> speedProperty() {
    return speed;
  }

  /** The test row whose probabilities the diagram's output nodes show (0-based). */
  public IntegerProperty sampleRowProperty() {
    return sampleRow;
  }

  /** Weight each label's positives by negatives / positives in the loss (PyTorch's pos_weight). */
  public BooleanProperty positiveWeightingProperty() {
    return positiveWeighting;
  }

  /** Why pos_weight cannot be used with the chosen output, or empty when it can. */
  public ReadOnlyStringProperty positiveWeightingErrorProperty() {
    return positiveWeightingError.getReadOnlyProperty();
  }

  /** Stop when the validation loss has not improved for {@link #patienceProperty()} epochs. */
  public BooleanProperty earlyStoppingProperty() {
    return earlyStopping;
  }

  /** Epochs without a better validation loss before early stopping ends the run. */
  public IntegerProperty patienceProperty() {
    return patience;
  }

  /** Whether step 3 holds out validation rows, which early stopping watches. */
  public ReadOnlyBooleanProperty validationAvailableProperty() {
    return validationAvailable.getReadOnlyProperty();
  }

  /** Early stopping can be switched: there are validation rows and no run is training. */
  public BooleanBinding canChooseEarlyStopping() {
    return Bindings.createBooleanBinding(
        () -> validationAvailable.get() && !running.get(), validationAvailable, running);
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** False while any typed setting is refused. */
  public ReadOnlyBooleanProperty settingsValidProperty() {
    return settingsValid.getReadOnlyProperty();
  }

  /** Play and Step are possible: not running and every setting valid. */
  public BooleanBinding canTrain() {
    return Bindings.createBooleanBinding(
        () -> !running.get() && settingsValid.get(), running, settingsValid);
  }

  /** Whether the current run has ended (completed, diverged or stopped for good). */
  public ReadOnlyBooleanProperty finishedProperty() {
    return finished.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty epochsDoneProperty() {
    return epochsDone.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty epochsTotalProperty() {
    return epochsTotal.getReadOnlyProperty();
  }

  /** Completed fraction of the configured epochs, 0 to 1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** "epoch k of n". */
  public ReadOnlyStringProperty progressTextProperty() {
    return progressText.getReadOnlyProperty();
  }

  /** Non-empty when training stopped with an error (the loss exploded). */
  public ReadOnlyStringProperty failureProperty() {
    return failure.getReadOnlyProperty();
  }

  /** What happened at the end of the last Play or Step (finished, paused) and which model is kept. */
  public ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }

  /** The epoch in which the loss stopped being a number, 0 when it did not. */
  public ReadOnlyIntegerProperty failedEpochProperty() {
    return failedEpoch.getReadOnlyProperty();
  }

  /** The loss of a network that only guesses, the curves' reference line. */
  public ReadOnlyDoubleProperty chanceLossProperty() {
    return chanceLoss.getReadOnlyProperty();
  }

  /** The weights after the latest epoch shown (the initial weights before the first). */
  public ReadOnlyObjectProperty<Mlp> modelProperty() {
    return model.getReadOnlyProperty();
  }

  /** The current model's probability of each label for the sample test row. */
  public ReadOnlyObjectProperty<double[]> sampleProbabilitiesProperty() {
    return sampleProbabilities.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<List<String>> labelNamesProperty() {
    return labelNames.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty testRowsProperty() {
    return testRows.getReadOnlyProperty();
  }

  /** The step's lesson text, about the data on screen. */
  public javafx.beans.property.ReadOnlyStringProperty lessonProperty() {
    return lesson.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ShapeCard> cardProperty() {
    return card.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<PythonSnippet> pythonProperty() {
    return python.getReadOnlyProperty();
  }

  /** The reports of the epochs shown so far, oldest first; grows in batches. */
  public ObservableList<EpochReport> reports() {
    return reportsView;
  }

  /** The epoch table's rows, one per report. */
  public ObservableList<EpochRow> rows() {
    return rowsView;
  }

  /** The run being shown; read-only use (tests compare it with an independent run). */
  TrainingRun run() {
    return run;
  }

  static String format(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
