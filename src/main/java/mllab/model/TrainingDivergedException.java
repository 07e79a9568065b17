package mllab.model;

import mllab.text.Text;

/**
 * Training stopped because the loss stopped being a number. This nearly always means the steps were
 * too large: each update overshoots the minimum by more than the last, the weights grow without
 * bound, and the arithmetic overflows to infinity or to NaN ("not a number", e.g. ∞ − ∞).
 */
public final class TrainingDivergedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final int epoch;
  private final double loss;
  private final double learningRate;

  public TrainingDivergedException(int epoch, double loss, double learningRate) {
    this(epoch, loss, learningRate, 0);
  }

  /** As above; with an L2 penalty {@code l2} > 0 the message names it too, as a second suspect. */
  public TrainingDivergedException(int epoch, double loss, double learningRate, double l2) {
    this(
        Text.get(
                "engine.model.diverged.notANumber",
                String.valueOf(loss),
                String.valueOf(epoch),
                String.valueOf(learningRate))
            + l2Hint(l2),
        epoch,
        loss,
        learningRate);
  }

  private static String l2Hint(double l2) {
    return l2 > 0 ? Text.get("engine.model.diverged.orL2", String.valueOf(l2)) : "";
  }

  /**
   * The loss is still a number but has blown far past what guessing costs: the steps overshoot so
   * badly that the run is no longer learning anything worth keeping.
   */
  public static TrainingDivergedException exploded(
      int epoch, double loss, double chanceLoss, double learningRate, double l2) {
    return new TrainingDivergedException(
        Text.get(
                "engine.model.diverged.exploded",
                // Three significant digits: 9.32, or 1.52e+63 rather than 64 digits.
                loss < 1e6
                    ? String.format(java.util.Locale.ROOT, "%.2f", loss)
                    : String.format(java.util.Locale.ROOT, "%.3g", loss),
                String.valueOf(epoch),
                String.format(java.util.Locale.ROOT, "%.3f", chanceLoss),
                String.valueOf(learningRate))
            + l2Hint(l2),
        epoch,
        loss,
        learningRate);
  }

  private TrainingDivergedException(String message, int epoch, double loss, double learningRate) {
    super(message);
    this.epoch = epoch;
    this.loss = loss;
    this.learningRate = learningRate;
  }

  public int epoch() {
    return epoch;
  }

  /** NaN, an infinity, or a finite loss far above the chance loss. */
  public double loss() {
    return loss;
  }

  public double learningRate() {
    return learningRate;
  }
}
