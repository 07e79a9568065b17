package mllab.ui.training;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import mllab.ui.common.BackgroundRunner;

/**
 * A runner that keeps its jobs until the test runs them, as a worker that has not finished yet;
 * posts run at once, on the calling thread. Cancelling a job does not stop it.
 */
final class HeldRunner implements BackgroundRunner {

  final Deque<Runnable> jobs = new ArrayDeque<>();

  @Override
  public <T> Cancellable run(Callable<T> work, Consumer<T> ok, Consumer<Throwable> failed) {
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
  void runNext() {
    jobs.poll().run();
  }

  /** Runs every job, including those the jobs start. */
  void runAll() {
    while (!jobs.isEmpty()) {
      jobs.poll().run();
    }
  }
}
