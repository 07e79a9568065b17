package mllab.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result back on it. The app uses {@link
 * FxBackgroundRunner}; view-model tests use {@link #sameThread()} so that they need neither a
 * window nor waiting.
 */
public interface BackgroundRunner {

  /**
   * Runs {@code work} in the background; afterwards calls exactly one of {@code onSuccess} or
   * {@code onFailure} on the FX thread (or on the caller's thread for the same-thread runner). A
   * job cancelled through the returned handle before it finished reports a {@link
   * java.util.concurrent.CancellationException} to {@code onFailure}.
   */
  <T> Cancellable run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

  /** Posts {@code action} to the thread that owns the UI. */
  void post(Runnable action);

  /** A handle to stop a running job. */
  interface Cancellable {
    void cancel();
  }

  /** Runs everything immediately on the calling thread. */
  static BackgroundRunner sameThread() {
    return new BackgroundRunner() {
      @Override
      public <T> Cancellable run(
          Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
          result = work.call();
        } catch (Exception | Error e) {
          onFailure.accept(e);
          return () -> {};
        }
        onSuccess.accept(result);
        return () -> {};
      }

      @Override
      public void post(Runnable action) {
        action.run();
      }
    };
  }
}
