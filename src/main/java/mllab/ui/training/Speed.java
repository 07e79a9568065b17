package mllab.ui.training;

import mllab.text.Text;

/**
 * How fast the animation advances: slow enough to talk over each epoch, or as fast as the machine
 * trains. The pause between epochs happens on the training thread, never on the FX thread.
 */
public enum Speed {
  ONE_PER_SECOND(1),
  TWO_PER_SECOND(2),
  FIVE_PER_SECOND(5),
  TWENTY_PER_SECOND(20),
  MAX(0);

  private final int epochsPerSecond;

  Speed(int epochsPerSecond) {
    this.epochsPerSecond = epochsPerSecond;
  }

  /** The shortest time an epoch takes on screen, in nanoseconds; 0 for {@link #MAX}. */
  public long epochNanos() {
    return epochsPerSecond == 0 ? 0 : 1_000_000_000L / epochsPerSecond;
  }

  @Override
  public String toString() {
    return Text.get("training.speed." + name());
  }
}
