package mllab.ui.training;

import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import mllab.lesson.PythonSnippet;
import mllab.lesson.ShapeCard;
import mllab.model.EpochReport;
import mllab.model.TrainingDivergedException;
import mllab.model.TrainingRun;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.text.Text;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.Messages;
import mllab.ui.common.SessionModel;

/**
 * Step 4: trains the network epoch by epoch so the student can watch it learn.
 *
 * <p>One worker loop per Play or Step runs on the {@link BackgroundRunner}: the {@link EpochFeed}
 * calls {@link TrainingRun#nextEpoch()}, hands each report to the FX thread and, between epochs,
 * honours pause, cancel and the chosen {@link Speed} (the pacing wait happens on the worker).
 * Reports that arrive faster than the FX thread drains them are applied together, so the curves and
 * the table change once per batch. With {@link BackgroundRunner#sameThread()} the whole loop runs
 * inside {@link #play()}. The hyper-parameters are a {@link SettingsForm}.
 *
 * <p>All methods and properties belong to the FX thread.
 */
public final class TrainingViewModel {

  private final SessionModel sessionModel;
  private final PipelineSession session;
  private final BackgroundRunner runner;
  private final EpochFeed feed;
  private final SettingsForm form;
  private final RunDisplay display;
  private final LessonPanels panels;

  private final ObjectProperty<Speed> speed = new SimpleObjectProperty<>(Speed.TWO_PER_SECOND);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
  private final ReadOnlyIntegerWrapper failedEpoch = new ReadOnlyIntegerWrapper();

  private TrainingRun run;
  private BackgroundRunner.Cancellable worker;
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
    this.display = new RunDisplay(session, () -> run);
    this.feed = new EpochFeed(runner::post, display::add);
    this.form = new SettingsForm(session, running);
    this.panels = new LessonPanels(session, runner);
    feed.setEpochNanos(speed.get().epochNanos());
    speed.addListener((o, a, b) -> feed.setEpochNanos(b == null ? 0 : b.epochNanos()));
    sessionModel.onChange(this::sessionChanged);
  }

  // ---- commands -----------------------------------------------------------------------------

  /** For tests: the shortest time between two hand-overs of reports to the FX thread. */
  void setHandOverGapNanos(long nanos) {
    feed.setHandOverGapNanos(nanos);
  }

  /** Trains the remaining epochs (a new run when the last one has finished). */
  public void play() {
    launch(Integer.MAX_VALUE);
  }

  /** Trains exactly one more epoch. */
  public void step() {
    launch(1);
  }

  /** Stops after the epoch in progress; Play continues from there. */
  public void pause() {
    feed.pause();
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
    feed.drain();
    abandonWorker();
    running.set(false);
    note.set(RunNotes.stopped(r, "training.note.stopped"));
    session.trainingFinished(r);
  }

  // ---- the worker -----------------------------------------------------------------------------

  private void launch(int maxEpochs) {
    if (running.get() || !form.validProperty().get()) {
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
    long gen = feed.generation();
    feed.resume();
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
   * Trains, then runs the test rows through the weights Evaluation will use, still on the worker: a
   * forward pass grows with the data and must not run on the FX thread. A loss that explodes ends
   * the training, not the turn: the best epoch before it is evaluated.
   */
  private Turn trainThenPredict(TrainingRun r, long gen, int maxEpochs)
      throws InterruptedException {
    Throwable error = null;
    try {
      feed.train(r, gen, maxEpochs);
    } catch (TrainingDivergedException e) {
      error = e;
    }
    return new Turn(error, session.forwardPass(r).orElse(null));
  }

  private void finished(TrainingRun r, long gen, Throwable error, PipelineSession.Forward forward) {
    if (gen != feed.generation()) {
      return;
    }
    // An epoch whose loss exploded is in the run's history though nextEpoch() threw: show it,
    // so the curve ends where it went wrong.
    List<EpochReport> history = r.history();
    int delivered = display.reports().size() + feed.pendingCount();
    for (EpochReport missed :
        history.subList(Math.min(delivered, history.size()), history.size())) {
      feed.deliver(gen, missed, r.model());
    }
    feed.drain();
    worker = null;
    running.set(false);
    if (error instanceof TrainingDivergedException e) {
      failedEpoch.set(e.epoch());
      failure.set(RunNotes.diverged(r, e));
    } else if (error != null && !(error instanceof CancellationException)) {
      failure.set(Text.get("training.failure.other", Messages.explain(error)));
    } else if (r.state() == TrainingRun.State.COMPLETED) {
      note.set(RunNotes.completed(r));
    } else {
      note.set(RunNotes.stopped(r, "training.note.paused"));
    }
    finished.set(r.finished());
    session.trainingFinished(r, forward);
  }

  private void abandonWorker() {
    feed.abandon();
    if (run != null) {
      run.cancel();
      runCancelled = true;
    }
    if (worker != null) {
      worker.cancel();
      worker = null;
    }
  }

  /**
   * Throws the current run away and makes a fresh one on a worker: starting a run evaluates it once
   * over every row (the epoch-0 point of the curves), which grows with the data and must not hold
   * the FX thread. Play or Step pressed meanwhile start as soon as the run is there.
   */
  private void startFreshRun() {
    boolean wasRunning = running.get();
    running.set(false);
    long gen = feed.newGeneration();
    clearRun();
    if (preparing != null) {
      preparing.cancel();
    }
    BackgroundRunner.Cancellable job =
        runner.run(
            session::newTrainingRun,
            fresh -> runReady(fresh, gen, wasRunning),
            error -> {
              if (gen == feed.generation()) {
                preparing = null;
                playWhenReady = 0;
                failure.set(Messages.explain(error));
              }
            });
    // The same-thread runner has already delivered the run; the FX runner delivers it later.
    preparing = run == null && gen == feed.generation() ? job : null;
  }

  /** The screen as before a first epoch, for the current test rows. */
  private void clearRun() {
    display.clearEpochs();
    failure.set("");
    note.set("");
    failedEpoch.set(0);
    finished.set(false);
    run = null;
    runCancelled = false;
    playWhenReady = 0;
    display.showTestRows();
  }

  private void runReady(TrainingRun fresh, long gen, boolean wasRunning) {
    if (gen != feed.generation()) {
      fresh.cancel();
      return;
    }
    preparing = null;
    run = fresh;
    form.markApplied(fresh.config());
    display.showFresh(fresh);
    if (wasRunning) {
      session.trainingFinished(fresh);
    }
    if (playWhenReady > 0) {
      int epochsAsked = playWhenReady;
      playWhenReady = 0;
      launch(epochsAsked);
    }
  }

  // ---- the session ----------------------------------------------------------------------------

  private void sessionChanged() {
    Step change = sessionModel.lastChangeProperty().get();
    boolean upstream = change.ordinal() < Step.TRAINING.ordinal();
    // Turning the validation part off in step 3 also turns early stopping off (PipelineSession).
    boolean stale = form.isStale();
    if (upstream) {
      abandonWorker();
      if (stale) {
        form.reload();
      }
      startFreshRun();
    } else if (!running.get()) {
      if (stale) {
        form.reload();
      }
      if (run == null
          || !run.config().equals(session.trainingConfig())
          || !run.options().equals(session.runOptions())) {
        startFreshRun();
      }
    }
    showRestoredHistory();
    panels.refresh();
  }

  /**
   * A session opened from a file brings a trained model and its epochs but no run: show those
   * epochs and that model, so the curves match what Evaluation shows. Play trains again from the
   * seed.
   */
  private void showRestoredHistory() {
    if (!running.get() && display.restoreSaved()) {
      finished.set(true);
      note.set(Text.get("training.note.restored", String.valueOf(display.reports().size())));
    }
  }

  // ---- properties ---------------------------------------------------------------------------

  /** The hyper-parameters and run options. */
  public SettingsForm settings() {
    return form;
  }

  /** What the screen shows of the run: epochs, progress, weights, the sample row. */
  public RunDisplay display() {
    return display;
  }

  public ObjectProperty<Speed> speedProperty() {
    return speed;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Play and Step are possible: not running and every setting valid. */
  public BooleanBinding canTrain() {
    ReadOnlyBooleanProperty valid = form.validProperty();
    return Bindings.createBooleanBinding(() -> !running.get() && valid.get(), running, valid);
  }

  /** Whether the current run has ended (completed, diverged or stopped for good). */
  public ReadOnlyBooleanProperty finishedProperty() {
    return finished.getReadOnlyProperty();
  }

  /** Non-empty when training stopped with an error (the loss exploded). */
  public ReadOnlyStringProperty failureProperty() {
    return failure.getReadOnlyProperty();
  }

  /**
   * What happened at the end of the last Play or Step (finished, paused) and which model is kept.
   */
  public ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }

  /** The epoch in which the loss stopped being a number, 0 when it did not. */
  public ReadOnlyIntegerProperty failedEpochProperty() {
    return failedEpoch.getReadOnlyProperty();
  }

  /** The step's lesson text, about the data on screen. */
  public ReadOnlyStringProperty lessonProperty() {
    return panels.lessonProperty();
  }

  public ReadOnlyObjectProperty<ShapeCard> cardProperty() {
    return panels.cardProperty();
  }

  /** The step's Python panel; written on a worker, so it follows a change of the session later. */
  public ReadOnlyObjectProperty<PythonSnippet> pythonProperty() {
    return panels.pythonProperty();
  }

  /** The run being shown; read-only use (tests compare it with an independent run). */
  TrainingRun run() {
    return run;
  }
}
