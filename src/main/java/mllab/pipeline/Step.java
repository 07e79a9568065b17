package mllab.pipeline;

import mllab.text.Text;

/**
 * The five steps of the pipeline, in the order a student meets them. Each step turns the previous
 * step's result into its own; changing an upstream choice invalidates every later step.
 */
public enum Step {
  RAW_DATA,
  PREPROCESSING,
  SPLIT,
  TRAINING,
  EVALUATION;

  public String title() {
    return Text.get("engine.pipeline.step." + name() + ".title");
  }

  public String summary() {
    return Text.get("engine.pipeline.step." + name() + ".summary");
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
