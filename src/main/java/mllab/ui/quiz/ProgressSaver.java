package mllab.ui.quiz;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import mllab.persist.ProgressStore;
import mllab.quiz.Progress;
import mllab.ui.common.BackgroundRunner;

/**
 * Writes the quiz progress off the FX thread. The store syncs every write to disk, which can take
 * tens of milliseconds on a slow drive, so an answer must not wait for it. Writes never overtake
 * one another: each one takes the newest progress under one lock, so an older record can never land
 * after a newer one, and answers given while a write runs are folded into the next write.
 */
final class ProgressSaver {

  private final ProgressStore store;
  private final BackgroundRunner runner;
  private final Consumer<Throwable> onFailure;
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final Object writeLock = new Object();
  private volatile Progress latest;
  private Progress written; // guarded by writeLock

  ProgressSaver(ProgressStore store, BackgroundRunner runner, Consumer<Throwable> onFailure) {
    this.store = store;
    this.runner = runner;
    this.onFailure = onFailure;
  }

  /** Asks for {@code progress} to be written; returns at once. */
  void save(Progress progress) {
    latest = progress;
    if (scheduled.compareAndSet(false, true)) {
      runner.run(this::writeLatest, done -> {}, onFailure);
    }
  }

  /** Writes what is still unwritten now, on the calling thread (the app calls it on exit). */
  void flush() throws IOException {
    writeLatest();
  }

  private Void writeLatest() throws IOException {
    scheduled.set(false);
    synchronized (writeLock) {
      Progress p = latest;
      if (p != null && p != written) {
        store.save(p);
        written = p;
      }
    }
    return null;
  }
}
