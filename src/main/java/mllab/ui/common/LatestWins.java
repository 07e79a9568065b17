package mllab.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work asked for again and again (a feature picked, a label chosen, a tuning clicked) that runs on
 * a worker, of which only the latest request's result is used: one that arrives after a newer
 * request was made is dropped, so the screen always ends on what the student asked for last.
 */
public final class LatestWins {

  private final BackgroundRunner runner;

  /** Counts the requests: only the latest one's result is used. */
  private long requests;

  public LatestWins(BackgroundRunner runner) {
    this.runner = runner;
  }

  /** Runs {@code work} on the worker and hands its result to {@code use} if it is still latest. */
  public <T> void run(Callable<T> work, Consumer<T> use) {
    run(work, use, failed -> {});
  }

  /** The same, telling {@code failed} (on the FX thread) if the work throws. */
  public <T> void run(Callable<T> work, Consumer<T> use, Consumer<Throwable> failed) {
    long request = ++requests;
    runner.run(
        work,
        done -> {
          if (request == requests) {
            use.accept(done);
          }
        },
        failed);
  }

  /** Drops whatever is on its way: nothing asked for so far will be used. */
  public void drop() {
    requests++;
  }
}
