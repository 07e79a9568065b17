package mllab.pipeline;

import mllab.text.Text;

/** Where a step's result stands; shown beside each step in the navigator. */
public enum StepState {
  NOT_COMPUTED,
  COMPUTING,
  READY,
  FAILED;

  public String description() {
    return Text.get("engine.pipeline.stepState." + name() + ".description");
  }
}
