package mllab.ui.evaluation;

import mllab.ui.common.Styles;

/** Where one cell's 0/1 prediction lands against its true label. */
public enum Outcome {
  TP("TP", "true positive: predicted and truly there", Styles.TP),
  FP("FP", "false positive: predicted but not there (a false alarm)", Styles.FP),
  FN("FN", "false negative: there but not predicted (a miss)", Styles.FN),
  TN("TN", "true negative: neither predicted nor there", Styles.TN);

  private final String marker;
  private final String meaning;
  private final String styleClass;

  Outcome(String marker, String meaning, String styleClass) {
    this.marker = marker;
    this.meaning = meaning;
    this.styleClass = styleClass;
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

  public String styleClass() {
    return styleClass;
  }

  public boolean isError() {
    return this == FP || this == FN;
  }
}
