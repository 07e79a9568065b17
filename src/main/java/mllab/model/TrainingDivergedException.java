package mllab.model;

/**
 * Training stopped because the loss stopped being a number. This nearly always means the steps
 * were too large: each update overshoots the minimum by more than the last, the weights grow
 * without bound, and the arithmetic overflows to infinity or to NaN ("not a number", e.g. ∞ − ∞).
 */
public final class TrainingDivergedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final int epoch;
  private final double loss;
  private final double learningRate;

  public TrainingDivergedException(int epoch, double loss, double learningRate) {
    this(
        "the loss became " + loss + " at epoch " + epoch + " — lower the learning rate (now "
            + learningRate + ")",
        epoch,
        loss,
        learningRate);
  }

  /**
   * The loss is still a number but has blown far past what guessing costs: the steps overshoot so
   * badly that the run is no longer learning anything worth keeping.
   */
  public static TrainingDivergedException exploded(
      int epoch, double loss, double chanceLoss, double learningRate) {
    return new TrainingDivergedException(
        String.format(
            java.util.Locale.ROOT,
            "the loss exploded to %.2f at epoch %d (guessing gives %.3f) — lower the learning"
                + " rate (now %s)",
            loss,
            epoch,
            chanceLoss,
            learningRate),
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
