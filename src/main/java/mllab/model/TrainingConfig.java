package mllab.model;

import java.util.Arrays;
import java.util.Objects;
import mllab.text.Text;

/**
 * Every choice that shapes a training run — the hyper-parameters — in one immutable value.
 *
 * <p>They are chosen before training and not learned: the network's size ({@code hiddenLayers},
 * {@code activation}), how predictions become probabilities ({@code output}), how big each step is
 * ({@code learningRate}, {@code optimizer}, {@code momentum}), how many rows each gradient is
 * averaged over ({@code batchSize}), how strongly large weights are discouraged ({@code l2}), how
 * long to train ({@code epochs}) and the {@code seed} that makes the random initial weights and the
 * shuffling repeatable.
 *
 * @param hiddenLayers units of each hidden layer; empty means no hidden layer (one logistic
 *     regression per label)
 * @param momentum SGD's momentum μ in [0, 1); ignored by Adam
 * @param l2 the penalty λ/2 Σ w² added to the loss being minimised (not to the loss reported)
 */
public record TrainingConfig(
    int[] hiddenLayers,
    Activation activation,
    OutputActivation output,
    Optimizer optimizer,
    double learningRate,
    int batchSize,
    double l2,
    int epochs,
    long seed,
    double momentum) {

  /**
   * The most units one hidden layer may have. Far above what a lesson needs; it keeps a mistyped
   * size (50000) from freezing the window while the network is built or running out of memory.
   */
  public static final int MAX_UNITS = 4096;

  /** The most hidden layers. */
  public static final int MAX_HIDDEN_LAYERS = 8;

  /** The most epochs one run may have (each epoch's report is kept for the curves). */
  public static final int MAX_EPOCHS = 100_000;

  public TrainingConfig {
    Objects.requireNonNull(activation, "activation");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(optimizer, "optimizer");
    hiddenLayers = requireHiddenLayers(hiddenLayers).clone();
    if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
      throw new IllegalArgumentException(
          Text.get("engine.model.config.learningRate", number(learningRate)));
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException(
          Text.get("engine.model.config.batchSize", String.valueOf(batchSize)));
    }
    if (!(l2 >= 0) || !Double.isFinite(l2)) {
      throw new IllegalArgumentException(Text.get("engine.model.config.l2", number(l2)));
    }
    if (epochs < 1) {
      throw new IllegalArgumentException(
          Text.get("engine.model.config.epochs", String.valueOf(epochs)));
    }
    if (epochs > MAX_EPOCHS) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.model.config.tooManyEpochs",
              String.valueOf(epochs),
              String.valueOf(MAX_EPOCHS)));
    }
    if (!(momentum >= 0 && momentum < 1)) {
      throw new IllegalArgumentException(
          Text.get("engine.model.config.momentum", number(momentum)));
    }
  }

  /**
   * The lesson's defaults: one hidden layer of 16 ReLU units, sigmoid outputs, SGD with momentum
   * 0.9 at learning rate 0.025, batches of 32, no L2, 5 epochs, seed 42. The rate is chosen so that
   * five epochs on the bundled dataset show the whole story: loss from near guessing to below 0.4,
   * label accuracy from below 0.7 to above 0.8 (see the README).
   */
  public static TrainingConfig lesson() {
    return new TrainingConfig(
        new int[] {16},
        Activation.RELU,
        OutputActivation.SIGMOID,
        Optimizer.SGD,
        0.025,
        32,
        0.0,
        5,
        42L,
        0.9);
  }

  /** 0 rather than 0.0, so messages read like the value the user typed. */
  private static String number(double v) {
    return Double.isFinite(v)
        ? java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()
        : Double.toString(v);
  }

  static int[] requireHiddenLayers(int[] hidden) {
    Objects.requireNonNull(hidden, "hiddenLayers");
    if (hidden.length > MAX_HIDDEN_LAYERS) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.model.config.tooManyLayers",
              String.valueOf(hidden.length),
              String.valueOf(MAX_HIDDEN_LAYERS)));
    }
    for (int l = 0; l < hidden.length; l++) {
      if (hidden[l] < 1) {
        throw new IllegalArgumentException(
            Text.get(
                "engine.model.config.hiddenUnits",
                String.valueOf(l + 1),
                String.valueOf(hidden[l])));
      }
      if (hidden[l] > MAX_UNITS) {
        throw new IllegalArgumentException(
            Text.get(
                "engine.model.config.tooManyUnits",
                String.valueOf(l + 1),
                String.valueOf(hidden[l]),
                String.valueOf(MAX_UNITS)));
      }
    }
    return hidden;
  }

  @Override
  public int[] hiddenLayers() {
    return hiddenLayers.clone();
  }

  public TrainingConfig withHiddenLayers(int... units) {
    return new TrainingConfig(
        units, activation, output, optimizer, learningRate, batchSize, l2, epochs, seed, momentum);
  }

  public TrainingConfig withActivation(Activation a) {
    return new TrainingConfig(
        hiddenLayers, a, output, optimizer, learningRate, batchSize, l2, epochs, seed, momentum);
  }

  public TrainingConfig withOutput(OutputActivation o) {
    return new TrainingConfig(
        hiddenLayers,
        activation,
        o,
        optimizer,
        learningRate,
        batchSize,
        l2,
        epochs,
        seed,
        momentum);
  }

  public TrainingConfig withOptimizer(Optimizer o) {
    return new TrainingConfig(
        hiddenLayers, activation, output, o, learningRate, batchSize, l2, epochs, seed, momentum);
  }

  public TrainingConfig withLearningRate(double lr) {
    return new TrainingConfig(
        hiddenLayers, activation, output, optimizer, lr, batchSize, l2, epochs, seed, momentum);
  }

  public TrainingConfig withBatchSize(int size) {
    return new TrainingConfig(
        hiddenLayers,
        activation,
        output,
        optimizer,
        learningRate,
        size,
        l2,
        epochs,
        seed,
        momentum);
  }

  public TrainingConfig withL2(double lambda) {
    return new TrainingConfig(
        hiddenLayers,
        activation,
        output,
        optimizer,
        learningRate,
        batchSize,
        lambda,
        epochs,
        seed,
        momentum);
  }

  public TrainingConfig withEpochs(int n) {
    return new TrainingConfig(
        hiddenLayers,
        activation,
        output,
        optimizer,
        learningRate,
        batchSize,
        l2,
        n,
        seed,
        momentum);
  }

  public TrainingConfig withSeed(long s) {
    return new TrainingConfig(
        hiddenLayers,
        activation,
        output,
        optimizer,
        learningRate,
        batchSize,
        l2,
        epochs,
        s,
        momentum);
  }

  public TrainingConfig withMomentum(double mu) {
    return new TrainingConfig(
        hiddenLayers, activation, output, optimizer, learningRate, batchSize, l2, epochs, seed, mu);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrainingConfig c
        && Arrays.equals(hiddenLayers, c.hiddenLayers)
        && activation == c.activation
        && output == c.output
        && optimizer == c.optimizer
        && Double.compare(learningRate, c.learningRate) == 0
        && batchSize == c.batchSize
        && Double.compare(l2, c.l2) == 0
        && epochs == c.epochs
        && seed == c.seed
        && Double.compare(momentum, c.momentum) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(hiddenLayers),
        activation,
        output,
        optimizer,
        learningRate,
        batchSize,
        l2,
        epochs,
        seed,
        momentum);
  }

  @Override
  public String toString() {
    return "TrainingConfig[hidden="
        + Arrays.toString(hiddenLayers)
        + ", "
        + activation
        + ", "
        + output
        + ", "
        + optimizer
        + ", lr="
        + learningRate
        + ", batch="
        + batchSize
        + ", l2="
        + l2
        + ", epochs="
        + epochs
        + ", seed="
        + seed
        + ", momentum="
        + momentum
        + "]";
  }
}
