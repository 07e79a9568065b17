package mllab.lesson;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import mllab.model.EpochReport;
import mllab.text.Text;

/**
 * The sentence shown beside an epoch, read off the numbers alone.
 *
 * <p>Learning curves are read by comparing epochs: a falling loss means the network is fitting
 * better; accuracy follows only when probabilities cross the threshold; a test loss that rises
 * while the training loss keeps falling means the network has started to memorise its training rows
 * (overfitting); tiny changes mean it has converged; a loss that jumps up means the steps are too
 * large. {@link #of} applies these readings in that order of urgency, so the sentence is always the
 * most important thing the numbers say.
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
      throw new IllegalArgumentException(Text.get("engine.model.observation.noEpochs"));
    }
    EpochReport now = history.get(history.size() - 1);
    if (!Double.isFinite(now.trainLoss()) || !Double.isFinite(now.testLoss())) {
      return new Observation(Kind.EXPLODED, Text.get("engine.model.observation.notANumber"));
    }
    if (history.size() == 1) {
      return first(now);
    }
    EpochReport before = history.get(history.size() - 2);
    if (now.trainLoss() > 2 * before.trainLoss()) {
      return new Observation(
          Kind.EXPLODED,
          Text.get(
              "engine.model.observation.exploded", f3(before.trainLoss()), f3(now.trainLoss())));
    }
    double trainChange = relativeChange(before.trainLoss(), now.trainLoss());
    double testChange = relativeChange(before.testLoss(), now.testLoss());
    if (now.testLoss() > before.testLoss()
        && now.trainLoss() < before.trainLoss()
        && testChange > CONVERGED_CHANGE / 10) {
      return new Observation(
          Kind.OVERFITTING,
          Text.get(
              "engine.model.observation.overfitting",
              f3(before.testLoss()),
              f3(now.testLoss()),
              String.valueOf(bestEpoch(history))));
    }
    if (Math.abs(trainChange) < CONVERGED_CHANGE && Math.abs(testChange) < CONVERGED_CHANGE) {
      return new Observation(
          Kind.CONVERGING,
          Text.get(
              "engine.model.observation.converging",
              format("%.4f", before.testLoss()),
              format("%.4f", now.testLoss())));
    }
    if (now.testLoss() < before.testLoss()) {
      return lossFalls(before, now);
    }
    return new Observation(
        Kind.LOSS_RISES,
        Text.get("engine.model.observation.lossRises", f3(before.testLoss()), f3(now.testLoss())));
  }

  /** The reading when the test loss fell: what the label accuracy did alongside. */
  private static Observation lossFalls(EpochReport before, EpochReport now) {
    double accuracyChange = now.labelAccuracy() - before.labelAccuracy();
    if (accuracyChange >= ACCURACY_TOLERANCE) {
      return new Observation(
          Kind.IMPROVING,
          Text.get(
              "engine.model.observation.improving",
              f3(before.testLoss()),
              f3(now.testLoss()),
              f3(before.labelAccuracy()),
              f3(now.labelAccuracy())));
    }
    if (accuracyChange > -ACCURACY_TOLERANCE) {
      return new Observation(
          Kind.LOSS_FALLS_ACCURACY_FLAT,
          Text.get(
              "engine.model.observation.accuracyFlat",
              f3(before.testLoss()),
              f3(now.testLoss()),
              f3(now.labelAccuracy())));
    }
    return new Observation(
        Kind.LOSS_FALLS_ACCURACY_DIPS,
        Text.get(
            "engine.model.observation.accuracyDips",
            f3(before.testLoss()),
            f3(now.testLoss()),
            f3(before.labelAccuracy()),
            f3(now.labelAccuracy())));
  }

  private static Observation first(EpochReport now) {
    double chance = now.chanceLoss();
    if (Math.abs(now.testLoss() - chance) <= GUESSING_BAND * chance) {
      return new Observation(
          Kind.STARTING_POINT,
          Text.get("engine.model.observation.startingPoint", f3(now.testLoss()), f3(chance)));
    }
    if (now.testLoss() < chance) {
      return new Observation(
          Kind.FIRST_STEP,
          Text.get(
              "engine.model.observation.firstStep",
              f3(chance),
              f3(now.testLoss()),
              f3(now.labelAccuracy())));
    }
    return new Observation(
        Kind.LOSS_RISES,
        Text.get("engine.model.observation.worseThanGuessing", f3(now.testLoss()), f3(chance)));
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

  private static String f3(double v) {
    return format("%.3f", v);
  }

  private static String format(String pattern, double v) {
    return String.format(Locale.ROOT, pattern, v);
  }
}
