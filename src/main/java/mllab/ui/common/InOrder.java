package mllab.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs background jobs through a {@link BackgroundRunner} one after another, in the order they were
 * given: for small files the app keeps (the recent files, the last folder), where a later write
 * must never be overtaken by an earlier one. Used on the FX thread only.
 */
public final class InOrder {

  private final BackgroundRunner runner;
  private final Deque<Runnable> waiting = new ArrayDeque<>();
  private boolean running;

  public InOrder(BackgroundRunner runner) {
    this.runner = runner;
  }

  /**
   * Runs {@code work} in the background once the jobs given before it have finished; then {@code
   * onSuccess} or {@code onFailure} on the FX thread, as {@link BackgroundRunner#run} does.
   */
  public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    waiting.add(
        () ->
            runner.run(
                work,
                result -> {
                  try {
                    onSuccess.accept(result);
                  } finally {
                    next();
                  }
                },
                failure -> {
                  try {
                    onFailure.accept(failure);
                  } finally {
                    next();
                  }
                }));
    if (!running) {
      next();
    }
  }

  private void next() {
    Runnable job = waiting.poll();
    running = job != null;
    if (job != null) {
      job.run();
    }
  }
}
