package mllab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import mllab.model.EpochReport;
import mllab.model.Mlp;
import mllab.model.TrainingRun;

/**
 * Hands the epochs of a training run from the worker thread to the screen's thread. The worker
 * trains epoch by epoch ({@link #train}), queues each report with its weights and, at most once per
 * hand-over gap, posts a {@link #drain()} to the screen's thread; between epochs it waits out the
 * chosen speed and, briefly, for the screen to take the last hand-over. Reports that arrive faster
 * than the screen drains them are taken together, so the screen changes once per batch.
 *
 * <p>Every run the screen starts or throws away gets a new {@linkplain #generation() generation}:
 * late deliveries of an older one are dropped when taken instead of landing in a fresh chart. The
 * class uses no UI toolkit; the screen's thread is whatever the {@code screen} executor runs on.
 */
final class EpochFeed {

  /** What the worker hands to the screen after each epoch. */
  record Delivery(long generation, EpochReport report, Mlp model) {}

  /** The shortest time between two hand-overs of reports to the screen. */
  static final long MIN_POST_GAP_NANOS = 100_000_000L;

  /** The longest an epoch waits for the screen to take the previous hand-over. */
  static final long MAX_HAND_OVER_WAIT_NANOS = 50_000_000L;

  private final Executor screen;
  private final Consumer<List<Delivery>> onBatch;
  private final ConcurrentLinkedQueue<Delivery> pending = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean drainPosted = new AtomicBoolean();
  private final Object pacer = new Object();

  /** {@link #MIN_POST_GAP_NANOS} unless a test sets another gap. */
  private volatile long postGapNanos = MIN_POST_GAP_NANOS;

  private volatile boolean pauseRequested;
  private volatile long epochNanos;
  // Written on the screen's thread only; volatile so a worker's hand-over reads the latest.
  private volatile long generation;

  /**
   * A feed that posts its hand-overs through {@code screen} and gives each batch of current
   * deliveries, oldest first, to {@code onBatch} on that thread (an empty batch when all were
   * stale).
   */
  EpochFeed(Executor screen, Consumer<List<Delivery>> onBatch) {
    this.screen = screen;
    this.onBatch = onBatch;
  }

  // ---- the screen's side ----------------------------------------------------------------------

  /** The generation of the run being shown. */
  long generation() {
    return generation;
  }

  /** Starts a new generation: deliveries of the old one are dropped from now on. */
  long newGeneration() {
    return ++generation;
  }

  /**
   * Lets go of the run being trained: a new generation, the worker stops after its epoch (its
   * pacing wait ends at once) and what it queued is thrown away.
   */
  void abandon() {
    generation++;
    pause();
    pending.clear();
  }

  /** The worker stops after the epoch in progress. */
  void pause() {
    pauseRequested = true;
    wakePacer();
  }

  /** Clears a pause, before a new worker starts. */
  void resume() {
    pauseRequested = false;
  }

  /** The shortest time an epoch takes on screen; 0 for as fast as it trains. Wakes the worker. */
  void setEpochNanos(long nanos) {
    epochNanos = nanos;
    wakePacer();
  }

  /** For tests: the shortest time between two hand-overs of reports to the screen. */
  void setHandOverGapNanos(long nanos) {
    postGapNanos = nanos;
  }

  /** How many deliveries wait to be taken. */
  int pendingCount() {
    return pending.size();
  }

  /** Queues one epoch's report and weights (the worker does this after each epoch). */
  void deliver(long gen, EpochReport report, Mlp model) {
    pending.add(new Delivery(gen, report, model));
  }

  /**
   * Takes every waiting delivery of the current generation and gives them to the batch consumer;
   * lets a worker that waits for this hand-over go on.
   */
  void drain() {
    drainPosted.set(false);
    wakePacer();
    List<Delivery> batch = new ArrayList<>();
    for (Delivery d = pending.poll(); d != null; d = pending.poll()) {
      if (d.generation() == generation) {
        batch.add(d);
      }
    }
    onBatch.accept(batch);
  }

  // ---- the worker's side ----------------------------------------------------------------------

  /**
   * The worker loop: trains up to {@code maxEpochs} epochs of {@code run}, stopping early when the
   * run finishes or a pause is asked for. A loss that explodes ends it with the trainer's {@link
   * mllab.model.TrainingDivergedException}.
   *
   * @return the number of epochs trained
   */
  int train(TrainingRun run, long gen, int maxEpochs) throws InterruptedException {
    int done = 0;
    long lastPost = System.nanoTime() - postGapNanos;
    while (!run.finished() && done < maxEpochs && !pauseRequested) {
      long start = System.nanoTime();
      EpochReport report = run.nextEpoch();
      done++;
      deliver(gen, report, run.model());
      // At full speed epochs can come faster than the screen should change; the reports wait in
      // the queue and the next hand-over, or the end of the run, takes them all.
      long now = System.nanoTime();
      if (now - lastPost >= postGapNanos && drainPosted.compareAndSet(false, true)) {
        lastPost = now;
        screen.execute(this::drain);
      }
      if (!run.finished() && done < maxEpochs) {
        pace(start);
        awaitHandOver();
      }
    }
    return done;
  }

  /**
   * Waits out the rest of the epoch's screen time; Pause, Cancel or a faster speed end it early.
   */
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
   * Back-pressure: while the screen has not yet taken the last hand-over, the next epoch waits a
   * little, so that on a busy machine training does not starve the thread that draws.
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
}
