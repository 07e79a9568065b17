package mllab.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The sentence shown beside an epoch, read off the numbers alone.
 *
 * <p>Learning curves are read by comparing epochs: a falling loss means the network is fitting
 * better; accuracy follows only when probabilities cross the threshold; a test loss that rises
 * while the training loss keeps falling means the network has started to memorise its training
 * rows (overfitting); tiny changes mean it has converged; a loss that jumps up means the steps
 * are too large. {@link #of} applies these readings in that order of urgency, so the sentence is
 * always the most important thing the numbers say.
 *
 * @param kind which reading applied
 * @param text the sentence, with the numbers that triggered it
 */
public record Observation(Kind kind, String text) {

  /** Relative change of the loss below which training counts as converged. */
  public static final double CONVERGED_CHANGE = 0.01;
  /** Label accuracy changes smaller than this count as "unchanged". */
  public static final double ACCURACY_TOLERANCE = 1e-3;
  /** A first-epoch loss within this fraction of the chance loss counts as "close to guessing". */
  public static final double GUESSING_BAND = 0.10;

  /** The readings, from most to least urgent. */
  public enum Kind {
    EXPLODED,
    STARTING_POINT,
    FIRST_STEP,
    OVERFITTING,
    CONVERGING,
    IMPROVING,
    LOSS_FALLS_ACCURACY_FLAT,
    LOSS_FALLS_ACCURACY_DIPS,
    LOSS_RISES
  }

  public Observation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** The observation for the last report of {@code history} (oldest first, not empty). */
  public static Observation of(List<EpochReport> history) {
    if (history.isEmpty()) {
      throw new IllegalArgumentException("no epochs yet; describe a history of at least one");
    }
    EpochReport now = history.get(history.size() - 1);
    if (!Double.isFinite(now.trainLoss()) || !Double.isFinite(now.testLoss())) {
      return new Observation(
          Kind.EXPLODED, "loss exploded: it is no longer a number — lower the learning rate");
    }
    if (history.size() == 1) {
      return first(now);
    }
    EpochReport before = history.get(history.size() - 2);
    if (now.trainLoss() > 2 * before.trainLoss()) {
      return new Observation(
          Kind.EXPLODED,
          format(
              "loss exploded: training loss jumped from %.3f to %.3f — lower the learning rate",
              before.trainLoss(), now.trainLoss()));
    }
    double trainChange = relativeChange(before.trainLoss(), now.trainLoss());
    double testChange = relativeChange(before.testLoss(), now.testLoss());
    if (now.testLoss() > before.testLoss() && now.trainLoss() < before.trainLoss()
        && testChange > CONVERGED_CHANGE / 10) {
      return new Observation(
          Kind.OVERFITTING,
          format(
              "test loss rising (%.3f → %.3f) while training loss falls: overfitting — the best"
                  + " test loss so far was at epoch %d",
              before.testLoss(), now.testLoss(), bestEpoch(history)));
    }
    if (Math.abs(trainChange) < CONVERGED_CHANGE && Math.abs(testChange) < CONVERGED_CHANGE) {
      return new Observation(
          Kind.CONVERGING,
          format(
              "converging: loss changed by less than 1%% (%.4f → %.4f)",
              before.testLoss(), now.testLoss()));
    }
    double accuracyChange = now.labelAccuracy() - before.labelAccuracy();
    if (now.testLoss() < before.testLoss()) {
      if (accuracyChange >= ACCURACY_TOLERANCE) {
        return new Observation(
            Kind.IMPROVING,
            format(
                "loss falls (%.3f → %.3f) and accuracy rises (%.3f → %.3f)",
                before.testLoss(), now.testLoss(), before.labelAccuracy(), now.labelAccuracy()));
      }
      if (accuracyChange > -ACCURACY_TOLERANCE) {
        return new Observation(
            Kind.LOSS_FALLS_ACCURACY_FLAT,
            format(
                "loss falls (%.3f → %.3f) but accuracy unchanged at %.3f: the probabilities"
                    + " move without crossing the 0.5 threshold yet",
                before.testLoss(), now.testLoss(), now.labelAccuracy()));
      }
      return new Observation(
          Kind.LOSS_FALLS_ACCURACY_DIPS,
          format(
              "loss falls (%.3f → %.3f) but accuracy dips (%.3f → %.3f): more confident where"
                  + " right, a few decisions flipped the wrong way",
              before.testLoss(), now.testLoss(), before.labelAccuracy(), now.labelAccuracy()));
    }
    return new Observation(
        Kind.LOSS_RISES,
        format(
            "loss rose (%.3f → %.3f): the steps may be too large — try a lower learning rate",
            before.testLoss(), now.testLoss()));
  }

  private static Observation first(EpochReport now) {
    double chance = now.chanceLoss();
    if (Math.abs(now.testLoss() - chance) <= GUESSING_BAND * chance) {
      return new Observation(
          Kind.STARTING_POINT,
          format(
              "starting point: the network is close to guessing (loss %.3f, guessing gives"
                  + " %.3f)",
              now.testLoss(), chance));
    }
    if (now.testLoss() < chance) {
      return new Observation(
          Kind.FIRST_STEP,
          format(
              "first epoch: loss already fell from %.3f (guessing) to %.3f, label accuracy %.3f",
              chance, now.testLoss(), now.labelAccuracy()));
    }
    return new Observation(
        Kind.LOSS_RISES,
        format(
            "first epoch: loss %.3f is worse than guessing (%.3f) — try a lower learning rate",
            now.testLoss(), chance));
  }

  private static int bestEpoch(List<EpochReport> history) {
    EpochReport best = history.get(0);
    for (EpochReport r : history) {
      if (r.testLoss() < best.testLoss()) {
        best = r;
      }
    }
    return best.epoch();
  }

  private static double relativeChange(double before, double now) {
    return before == 0 ? now - before : (now - before) / Math.abs(before);
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
