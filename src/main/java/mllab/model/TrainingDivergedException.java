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
    super(
        "the loss became " + loss + " at epoch " + epoch + " — lower the learning rate (now "
            + learningRate + ")");
    this.epoch = epoch;
    this.loss = loss;
    this.learningRate = learningRate;
  }

  public int epoch() {
    return epoch;
  }

  /** NaN or an infinity. */
  public double loss() {
    return loss;
  }

  public double learningRate() {
    return learningRate;
  }
}
