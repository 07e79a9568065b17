package mllab.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import mllab.ui.common.BackgroundRunner;

/**
 * A runner that keeps its jobs until the test runs them, as a worker that has not finished yet;
 * posts run at once, on the calling thread. Cancelling a job does not stop it.
 */
public final class HeldRunner implements BackgroundRunner {

  public final Deque<Runnable> jobs = new ArrayDeque<>();

  /** How many jobs were given to it so far. */
  public int started;

  @Override
  public <T> Cancellable run(Callable<T> work, Consumer<T> ok, Consumer<Throwable> failed) {
    started++;
    jobs.add(
        () -> {
          T value;
          try {
            value = work.call();
          } catch (Exception e) {
            failed.accept(e);
            return;
          }
          ok.accept(value);
        });
    return () -> {};
  }

  @Override
  public void post(Runnable action) {
    action.run();
  }

  /** Runs the oldest job waiting. */
  public void runNext() {
    jobs.poll().run();
  }

  /** Runs every job, including those the jobs start. */
  public void runAll() {
    while (!jobs.isEmpty()) {
      jobs.poll().run();
    }
  }
}
