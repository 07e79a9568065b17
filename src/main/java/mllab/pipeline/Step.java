package mllab.pipeline;

/**
 * The five steps of the pipeline, in the order a student meets them. Each step turns the previous
 * step's result into its own; changing an upstream choice invalidates every later step.
 */
public enum Step {
  RAW_DATA("Raw data", "The dataset as loaded: rows, features and label columns"),
  PREPROCESSING("Preprocessing", "Min-max scaling of every feature to 0–1"),
  SPLIT("Train/test split", "Rows divided into a training part and a held-out test part"),
  TRAINING("Model training", "A neural network with one sigmoid output per label learns"),
  EVALUATION("Evaluation", "Probabilities, a threshold, and the metrics that judge them");

  private final String title;
  private final String summary;

  Step(String title, String summary) {
    this.title = title;
    this.summary = summary;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  /** 1-based position, as shown to the student ("Step 3 of 5"). */
  public int number() {
    return ordinal() + 1;
  }

  /** The next step, or this one when it is the last. */
  public Step next() {
    Step[] all = values();
    return all[Math.min(ordinal() + 1, all.length - 1)];
  }

  /** The previous step, or this one when it is the first. */
  public Step previous() {
    return values()[Math.max(ordinal() - 1, 0)];
  }
}
