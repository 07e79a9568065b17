package mllab.pipeline;

/** Where a step's result stands; shown beside each step in the navigator. */
public enum StepState {
  NOT_COMPUTED("not yet computed"),
  COMPUTING("computing…"),
  READY("ready"),
  FAILED("failed");

  private final String description;

  StepState(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
