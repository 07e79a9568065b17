package mllab.ui.evaluation;

import javafx.css.PseudoClass;
import mllab.text.Text;
import mllab.ui.common.Styles;

/** Where one cell's 0/1 prediction lands against its true label. */
public enum Outcome {
  TP(Styles.OUTCOME_TP),
  FP(Styles.OUTCOME_FP),
  FN(Styles.OUTCOME_FN),
  TN(Styles.OUTCOME_TN);

  private final PseudoClass pseudoClass;

  Outcome(String pseudoClass) {
    this.pseudoClass = PseudoClass.getPseudoClass(pseudoClass);
  }

  /** The outcome of predicting {@code predicted} when the truth is {@code truth}. */
  public static Outcome of(int predicted, int truth) {
    if (predicted == 1) {
      return truth == 1 ? TP : FP;
    }
    return truth == 1 ? FN : TN;
  }

  /** The two-letter text shown in the cell, so colour is never the only cue. */
  public String marker() {
    return Text.get("evaluation.outcome." + name() + ".marker");
  }

  public String meaning() {
    return Text.get("evaluation.outcome." + name() + ".meaning");
  }

  /** The pseudo-class ({@code :tp} …) that colours a cell with this outcome. */
  public PseudoClass pseudoClass() {
    return pseudoClass;
  }

  public boolean isError() {
    return this == FP || this == FN;
  }
}
