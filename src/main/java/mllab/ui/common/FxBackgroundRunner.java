package mllab.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The app's runner: a {@link Task} on a daemon worker thread, results delivered on the FX thread.
 */
public final class FxBackgroundRunner implements BackgroundRunner {

  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "mllab-worker");
            t.setDaemon(true);
            return t;
          });

  @Override
  public <T> Cancellable run(
      Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    Task<T> task =
        new Task<>() {
          @Override
          protected T call() throws Exception {
            return work.call();
          }
        };
    // Exactly one callback: a task cancelled while its work throws (an interrupted wait) can
    // report both its cancellation and the failure that followed.
    AtomicBoolean reported = new AtomicBoolean();
    AtomicBoolean cancelled = new AtomicBoolean();
    task.setOnSucceeded(
        e -> {
          if (reported.compareAndSet(false, true)) {
            onSuccess.accept(task.getValue());
          }
        });
    task.setOnFailed(
        e -> {
          if (reported.compareAndSet(false, true)) {
            onFailure.accept(
                cancelled.get() ? new CancellationException("cancelled") : task.getException());
          }
        });
    task.setOnCancelled(
        e -> {
          if (reported.compareAndSet(false, true)) {
            onFailure.accept(new CancellationException("cancelled"));
          }
        });
    executor.execute(task);
    return () -> {
      cancelled.set(true);
      task.cancel(true);
    };
  }

  @Override
  public void post(Runnable action) {
    if (Platform.isFxApplicationThread()) {
      action.run();
    } else {
      Platform.runLater(action);
    }
  }

  /**
   * Queues {@code action} to run on the FX thread after the event being handled now, even when
   * called on the FX thread (unlike {@link #post}). The app's one door to {@link
   * Platform#runLater}: code that hands work to the FX thread says so through here, so that an
   * architecture test can keep every other class from doing it behind the runner's back.
   */
  public static void later(Runnable action) {
    Platform.runLater(action);
  }

  /** Stops the worker threads (on window close). */
  public void shutdown() {
    executor.shutdownNow();
  }
}
