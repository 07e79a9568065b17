package mllab.eval;

import java.util.Locale;
import mllab.text.Text;

/** How thresholds are chosen from data instead of left at one global value. */
public enum Tuning {
  /** One global threshold, as the slider sets it. */
  NONE,
  /** Each label's threshold maximises that label's F1 ({@link ThresholdSweep#f1Optimal}). */
  F1,
  /** One global threshold that predicts the training cardinality ({@link ThresholdSweep#pCut}). */
  PCUT;

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String displayName() {
    return Text.get("engine.eval.tuning." + name() + ".name");
  }
}
