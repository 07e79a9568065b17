package mllab.model;

import java.util.List;
import java.util.Optional;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;

/**
 * Measures a {@link TrainingRun}'s network on the rows it does not learn from: the test rows after
 * every epoch, the validation rows when the split has them, and the training rows once before the
 * first epoch. The probability buffers are allocated once and reused every epoch.
 */
final class EpochEvaluator {

  private final Network network;
  private final TrainingConfig config;
  private final List<String> labelNames;
  private final double[][] testX;
  private final int[][] testY;

  /** Validation rows, or null when the split has none. */
  private final double[][] validationX;

  private final int[][] validationY;
  private final double[][] testProbabilities;
  private final double[][] validationProbabilities;

  EpochEvaluator(
      Network network,
      TrainingConfig config,
      List<String> labelNames,
      double[][] testX,
      int[][] testY,
      double[][] validationX,
      int[][] validationY) {
    this.network = network;
    this.config = config;
    this.labelNames = labelNames;
    this.testX = testX;
    this.testY = testY;
    this.validationX = validationX;
    this.validationY = validationY;
    int l = labelNames.size();
    this.testProbabilities = new double[testX.length][l];
    this.validationProbabilities = validationX == null ? null : new double[validationX.length][l];
  }

  boolean hasValidation() {
    return validationX != null;
  }

  /** The untrained network's report (epoch 0). */
  EpochReport baseline(double[][] trainX, int[][] trainY) {
    int l = labelNames.size();
    // The untrained network has no batches to average over, so its training numbers come from
    // one full pass.
    double[][] trainProbabilities = new double[trainX.length][l];
    double trainLoss = network.evaluate(trainX, trainY, trainProbabilities, new double[l]);
    double trainAccuracy =
        MetricReport.of(
                new Predictions(trainProbabilities, trainY, labelNames), Thresholds.global(0.5, l))
            .labelAccuracy();
    return evaluate(0, trainLoss, trainAccuracy);
  }

  /** Evaluates the test rows; the training numbers were collected while the epoch ran. */
  EpochReport evaluate(int epoch, double trainLoss, double trainAccuracy) {
    int l = labelNames.size();
    double[] perLabel = new double[l];
    double testLoss = network.evaluate(testX, testY, testProbabilities, perLabel);
    double validationLoss =
        validationX == null
            ? Double.NaN
            : network.evaluate(validationX, validationY, validationProbabilities, new double[l]);
    if (!Double.isFinite(testLoss)) {
      return new EpochReport(
          epoch,
          trainLoss,
          testLoss,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          perLabel,
          new double[l],
          trainAccuracy,
          config.output().chanceLoss(l),
          validationLoss);
    }
    MetricReport test =
        MetricReport.of(
            new Predictions(testProbabilities, testY, labelNames), Thresholds.global(0.5, l));
    double[] perLabelAccuracy = new double[l];
    for (int k = 0; k < l; k++) {
      var c = test.perLabel()[k];
      perLabelAccuracy[k] = (c.tp() + c.tn()) / (double) testX.length;
    }
    return new EpochReport(
        epoch,
        trainLoss,
        testLoss,
        test.labelAccuracy(),
        test.subsetAccuracy(),
        test.microF1(),
        perLabel,
        perLabelAccuracy,
        trainAccuracy,
        config.output().chanceLoss(l),
        validationLoss);
  }

  Optional<Predictions> validationPredictions(Mlp model) {
    if (validationX == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Predictions(model.predictProbabilities(validationX), copy(validationY), labelNames));
  }

  /** {@code model}'s probabilities for the test rows, ready for thresholding. */
  Predictions testPredictions(Mlp model) {
    return new Predictions(model.predictProbabilities(testX), copy(testY), labelNames);
  }

  private static int[][] copy(int[][] y) {
    int[][] c = new int[y.length][];
    for (int i = 0; i < y.length; i++) {
      c[i] = y[i].clone();
    }
    return c;
  }
}
