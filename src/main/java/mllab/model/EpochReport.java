package mllab.model;

import java.util.Arrays;

/**
 * What one epoch of training achieved. Losses are on the scale of {@link Loss} (without the L2
 * penalty); accuracies are at threshold 0.5.
 *
 * <p>Test numbers are measured after the epoch's last step, with the weights it ended with, on rows
 * the network never trained on. Training numbers are collected while the epoch runs, as Keras and
 * scikit-learn report them: each batch's loss and decisions are taken just before its step, and
 * averaged over the epoch. They come for free, but they lag a little behind the final weights, so
 * early in training the training loss can read slightly above the test loss.
 *
 * @param epoch 1 for the first pass over the training rows (0 for the untrained baseline)
 * @param trainLoss mean loss over the epoch's batches (for epoch 0, over all training rows)
 * @param testLoss mean loss on all test rows
 * @param labelAccuracy fraction of individual label decisions that are right (1 − Hamming loss)
 * @param subsetAccuracy fraction of test rows whose whole label set is exactly right
 * @param microF1 F1 over all label decisions pooled
 * @param perLabelLoss each label's loss on the test rows
 * @param perLabelAccuracy each label's fraction of right decisions on the test rows
 * @param trainLabelAccuracy label accuracy on the training rows, collected like {@code trainLoss},
 *     to compare with the test's
 * @param chanceLoss the loss of a network that knows nothing ({@link OutputActivation#chanceLoss}),
 *     the reference the first epochs are read against
 * @param validationLoss mean loss on the validation rows, NaN when the split has none
 */
public record EpochReport(
    int epoch,
    double trainLoss,
    double testLoss,
    double labelAccuracy,
    double subsetAccuracy,
    double microF1,
    double[] perLabelLoss,
    double[] perLabelAccuracy,
    double trainLabelAccuracy,
    double chanceLoss,
    double validationLoss) {

  public EpochReport {
    perLabelLoss = perLabelLoss.clone();
    perLabelAccuracy = perLabelAccuracy.clone();
  }

  /** A report of a run without validation rows. */
  public EpochReport(
      int epoch,
      double trainLoss,
      double testLoss,
      double labelAccuracy,
      double subsetAccuracy,
      double microF1,
      double[] perLabelLoss,
      double[] perLabelAccuracy,
      double trainLabelAccuracy,
      double chanceLoss) {
    this(
        epoch,
        trainLoss,
        testLoss,
        labelAccuracy,
        subsetAccuracy,
        microF1,
        perLabelLoss,
        perLabelAccuracy,
        trainLabelAccuracy,
        chanceLoss,
        Double.NaN);
  }

  /** Whether the run had validation rows, so {@link #validationLoss()} is a number. */
  public boolean hasValidation() {
    return !Double.isNaN(validationLoss);
  }

  @Override
  public double[] perLabelLoss() {
    return perLabelLoss.clone();
  }

  @Override
  public double[] perLabelAccuracy() {
    return perLabelAccuracy.clone();
  }

  public int labelCount() {
    return perLabelLoss.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EpochReport r
        && epoch == r.epoch
        && Double.compare(trainLoss, r.trainLoss) == 0
        && Double.compare(testLoss, r.testLoss) == 0
        && Double.compare(labelAccuracy, r.labelAccuracy) == 0
        && Double.compare(subsetAccuracy, r.subsetAccuracy) == 0
        && Double.compare(microF1, r.microF1) == 0
        && Arrays.equals(perLabelLoss, r.perLabelLoss)
        && Arrays.equals(perLabelAccuracy, r.perLabelAccuracy)
        && Double.compare(trainLabelAccuracy, r.trainLabelAccuracy) == 0
        && Double.compare(chanceLoss, r.chanceLoss) == 0
        && Double.compare(validationLoss, r.validationLoss) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(
        new double[] {epoch, trainLoss, testLoss, labelAccuracy, subsetAccuracy, microF1});
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "epoch %d: train loss %.4f, test loss %.4f, label accuracy %.3f, subset accuracy %.3f,"
            + " micro-F1 %.3f",
        epoch,
        trainLoss,
        testLoss,
        labelAccuracy,
        subsetAccuracy,
        microF1);
  }
}
