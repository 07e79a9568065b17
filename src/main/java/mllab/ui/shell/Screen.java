package mllab.ui.shell;

import java.util.Locale;
import mllab.pipeline.Step;
import mllab.text.Text;

/** What the main window can show: one of the five pipeline steps, or Learn (quiz and practice). */
public enum Screen {
  RAW_DATA(Step.RAW_DATA),
  PREPROCESSING(Step.PREPROCESSING),
  SPLIT(Step.SPLIT),
  TRAINING(Step.TRAINING),
  EVALUATION(Step.EVALUATION),
  LEARN(null);

  private final Step step;

  Screen(Step step) {
    this.step = step;
  }

  /** The pipeline step, or null for Learn. */
  public Step step() {
    return step;
  }

  public String title() {
    return step == null ? Text.get("shell.screen.learn") : step.title();
  }

  public static Screen of(Step step) {
    return values()[step.ordinal()];
  }

  /** The node id of this screen's navigator button, e.g. {@code nav-raw-data}. */
  public String navId() {
    return "nav-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
