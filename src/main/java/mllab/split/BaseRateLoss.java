package mllab.split;

/**
 * The loss of a model that has learned only how common each label is: it gives every row the
 * label's share of the training rows as its probability. Its binary cross-entropy, averaged over
 * rows and labels as the training loss is, is the first target a network reaches on its way down
 * from ln 2; the training lesson quotes it for the data on screen.
 *
 * <p>A label that no training row (or every one) carries would get a probability of exactly 0 (or
 * 1), and one test row that disagrees would cost an infinite loss. Such a share is held half a row
 * away from 0 and 1, a probability the network can actually reach.
 *
 * @param train the loss on the training rows
 * @param test the loss on the test rows
 */
public record BaseRateLoss(double train, double test) {

  /** The base-rate losses of {@code split}'s training and test rows. */
  public static BaseRateLoss of(Split split) {
    double[] p = split.trainPositiveRates();
    double[] q = split.testPositiveRates();
    double half = 0.5 / Math.max(1, split.train().rows());
    double train = 0;
    double test = 0;
    for (int k = 0; k < p.length; k++) {
      double share = Math.min(1 - half, Math.max(half, p[k]));
      train += crossEntropy(p[k], share);
      test += crossEntropy(q[k], share);
    }
    return new BaseRateLoss(train / Math.max(1, p.length), test / Math.max(1, p.length));
  }

  /** The mean loss of probability {@code share} on rows of which a {@code rate} carry the label. */
  private static double crossEntropy(double rate, double share) {
    return -(rate * Math.log(share) + (1 - rate) * Math.log(1 - share));
  }
}
