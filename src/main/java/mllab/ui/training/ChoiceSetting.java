package mllab.ui.training;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import mllab.model.TrainingConfig;

/**
 * One hyper-parameter picked from a list (the activation, the output, the optimizer): the value
 * chosen, and how it shows itself from a {@link TrainingConfig} and applies itself to one.
 *
 * @param <T> the kind of value chosen
 */
final class ChoiceSetting<T> {

  private final ObjectProperty<T> value = new SimpleObjectProperty<>();
  private final BiFunction<TrainingConfig, T, TrainingConfig> with;
  private final Function<TrainingConfig, T> shown;

  ChoiceSetting(
      BiFunction<TrainingConfig, T, TrainingConfig> with, Function<TrainingConfig, T> shown) {
    this.with = with;
    this.shown = shown;
  }

  ObjectProperty<T> valueProperty() {
    return value;
  }

  /** Shows {@code c}'s value of this setting. */
  void show(TrainingConfig c) {
    value.set(shown.apply(c));
  }

  /** {@code c} with the chosen value; throws when the config refuses it. */
  TrainingConfig apply(TrainingConfig c) {
    return with.apply(c, value.get());
  }
}
