package mllab.methods;

/**
 * Where a long fit is, for a progress bar, and whether it should stop. Called on the fitting
 * thread; {@link #cancelled()} is polled between steps.
 */
public interface Progress {

  /** Ignores progress and never cancels. */
  Progress NONE = fraction -> {};

  /** The share of the work done so far, from 0 to 1. */
  void done(double fraction);

  /** True when the caller wants the fit to stop (it then throws a CancellationException). */
  default boolean cancelled() {
    return false;
  }
}
