package mllab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mllab.data.Dataset;
import mllab.text.Text;

/**
 * Starts training runs with one {@link TrainingConfig}.
 *
 * <p>Training is mini-batch gradient descent: each epoch shuffles the training rows, cuts them into
 * batches, and for every batch computes the gradient of the mean loss by backpropagation and lets
 * the {@link Optimizer} take one step. Small batches give many cheap, noisy steps per epoch; large
 * batches give few, smoother ones. The test rows are only ever evaluated, never trained on, so the
 * test loss shows how well the network generalises.
 *
 * <p>The trainer itself holds no state: every {@link #start} returns a fresh {@link TrainingRun}.
 */
public final class Trainer {

  private final TrainingConfig config;
  private final RunOptions options;

  public Trainer(TrainingConfig config) {
    this(config, RunOptions.NONE);
  }

  /** A trainer with early stopping and positive weighting as {@code options} say. */
  public Trainer(TrainingConfig config, RunOptions options) {
    this.config = Objects.requireNonNull(config, "config");
    this.options = Objects.requireNonNull(options, "options");
  }

  public RunOptions options() {
    return options;
  }

  /**
   * A run on already split and scaled datasets with validation rows ({@code validation} may be null
   * for none): the validation loss is reported every epoch and chooses the best epoch.
   */
  public TrainingRun start(Dataset train, Dataset validation, Dataset test) {
    if (validation == null) {
      return start(train, test);
    }
    if (!train.labelNames().equals(validation.labelNames())) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.model.trainer.validationLabels",
              String.valueOf(train.labelNames()),
              String.valueOf(validation.labelNames())));
    }
    if (validation.rows() == 0) {
      throw new IllegalArgumentException(Text.get("engine.model.trainer.emptyValidation"));
    }
    return start(
        train.featureMatrix(),
        train.labelMatrix(),
        test.featureMatrix(),
        test.labelMatrix(),
        validation.featureMatrix(),
        validation.labelMatrix(),
        train.labelNames());
  }

  public TrainingConfig config() {
    return config;
  }

  /** A run on already split and scaled datasets; label names come from {@code train}. */
  public TrainingRun start(Dataset train, Dataset test) {
    if (!train.labelNames().equals(test.labelNames())) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.model.trainer.testLabels",
              String.valueOf(train.labelNames()),
              String.valueOf(test.labelNames())));
    }
    return start(
        train.featureMatrix(),
        train.labelMatrix(),
        test.featureMatrix(),
        test.labelMatrix(),
        train.labelNames());
  }

  /** A run on raw matrices; labels are named "label 1", "label 2", … */
  public TrainingRun start(double[][] trainX, int[][] trainY, double[][] testX, int[][] testY) {
    int l = trainY.length == 0 ? 0 : trainY[0].length;
    List<String> names = new ArrayList<>(l);
    for (int k = 1; k <= l; k++) {
      names.add("label " + k);
    }
    return start(trainX, trainY, testX, testY, names);
  }

  /** A run on raw matrices with the given label names. The arrays are copied. */
  public TrainingRun start(
      double[][] trainX, int[][] trainY, double[][] testX, int[][] testY, List<String> labels) {
    return start(trainX, trainY, testX, testY, null, null, labels);
  }

  private TrainingRun start(
      double[][] trainX,
      int[][] trainY,
      double[][] testX,
      int[][] testY,
      double[][] validationX,
      int[][] validationY,
      List<String> labels) {
    if (trainX.length == 0) {
      throw new IllegalArgumentException(Text.get("engine.model.trainer.emptyTraining"));
    }
    if (testX.length == 0) {
      throw new IllegalArgumentException(Text.get("engine.model.trainer.emptyTest"));
    }
    int d = trainX[0].length;
    int l = labels.size();
    if (l == 0) {
      throw new IllegalArgumentException(Text.get("engine.model.trainer.noLabels"));
    }
    double[][] tx =
        copyChecked(trainX, trainY, d, l, Text.get("engine.model.trainer.part.training"));
    double[][] vx = copyChecked(testX, testY, d, l, Text.get("engine.model.trainer.part.test"));
    double[][] hx =
        validationX == null
            ? null
            : copyChecked(
                validationX, validationY, d, l, Text.get("engine.model.trainer.part.validation"));
    Mlp initial =
        Mlp.initialize(
            d, config.hiddenLayers(), l, config.activation(), config.output(), config.seed());
    return new TrainingRun(
        config,
        initial,
        tx,
        copy(trainY),
        vx,
        copy(testY),
        hx,
        validationY == null ? null : copy(validationY),
        options,
        labels);
  }

  private static double[][] copyChecked(
      double[][] x, int[][] y, int features, int labels, String set) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.model.trainer.rowCounts",
              set,
              String.valueOf(x.length),
              String.valueOf(y.length)));
    }
    double[][] c = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      if (x[i].length != features) {
        throw new IllegalArgumentException(
            Text.get(
                "engine.model.trainer.featureCount",
                set,
                String.valueOf(i),
                String.valueOf(x[i].length),
                String.valueOf(features)));
      }
      if (y[i].length != labels) {
        throw new IllegalArgumentException(
            Text.get(
                "engine.model.trainer.labelCount",
                set,
                String.valueOf(i),
                String.valueOf(y[i].length),
                String.valueOf(labels)));
      }
      for (int k = 0; k < labels; k++) {
        if (y[i][k] != 0 && y[i][k] != 1) {
          throw new IllegalArgumentException(
              Text.get(
                  "engine.model.trainer.notBinary",
                  set,
                  String.valueOf(i),
                  String.valueOf(k + 1),
                  String.valueOf(y[i][k])));
        }
      }
      c[i] = x[i].clone();
    }
    return c;
  }

  private static int[][] copy(int[][] y) {
    int[][] c = new int[y.length][];
    for (int i = 0; i < y.length; i++) {
      c[i] = y[i].clone();
    }
    return c;
  }
}
