package mllab.ui.evaluation;

import javafx.css.PseudoClass;
import mllab.ui.common.Styles;

/** Where one cell's 0/1 prediction lands against its true label. */
public enum Outcome {
  TP("TP", "true positive: predicted and truly there", Styles.OUTCOME_TP),
  FP("FP", "false positive: predicted but not there (a false alarm)", Styles.OUTCOME_FP),
  FN("FN", "false negative: there but not predicted (a miss)", Styles.OUTCOME_FN),
  TN("TN", "true negative: neither predicted nor there", Styles.OUTCOME_TN);

  private final String marker;
  private final String meaning;
  private final PseudoClass pseudoClass;

  Outcome(String marker, String meaning, String pseudoClass) {
    this.marker = marker;
    this.meaning = meaning;
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
    return marker;
  }

  public String meaning() {
    return meaning;
  }

  /** The pseudo-class ({@code :tp} …) that colours a cell with this outcome. */
  public PseudoClass pseudoClass() {
    return pseudoClass;
  }

  public boolean isError() {
    return this == FP || this == FN;
  }
}
