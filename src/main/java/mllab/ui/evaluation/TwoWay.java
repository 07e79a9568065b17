package mllab.ui.evaluation;

import javafx.beans.property.DoubleProperty;

/**
 * Ties a control's number to a view model's, both ways, for values the view model may correct as it
 * takes them (a threshold snapped to 0.01): the correction goes back to the control at once.
 * JavaFX's own bidirectional binding would drop it, as it ignores changes made while it passes a
 * value on. Echoes end because a side is written only when its value differs.
 */
final class TwoWay {

  private TwoWay() {}

  /**
   * Ties {@code control} to {@code model}, starting from the model's value.
   *
   * @param tolerance how far the control may be from the model's value before it is moved to it
   */
  static void numbers(DoubleProperty control, DoubleProperty model, double tolerance) {
    control.set(model.get());
    control.addListener(
        o -> {
          double v = control.get();
          if (v != model.get()) {
            model.set(v);
          }
        });
    model.addListener(
        o -> {
          double v = model.get();
          if (Math.abs(control.get() - v) > tolerance) {
            control.set(v);
          }
        });
  }
}
