package mllab.ui.training;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import mllab.model.TrainingConfig;
import mllab.text.Text;

/**
 * One typed hyper-parameter: the text the student entered, why it was refused, if it was, and how
 * it shows itself from a {@link TrainingConfig} and applies itself to one.
 */
public final class Setting {

  private final String name;
  private final StringProperty text = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final BiFunction<TrainingConfig, Setting, TrainingConfig> with;
  private final Function<TrainingConfig, String> shown;

  private Setting(
      String name,
      BiFunction<TrainingConfig, Setting, TrainingConfig> with,
      Function<TrainingConfig, String> shown) {
    this.name = name;
    this.with = with;
    this.shown = shown;
  }

  static Setting epochs() {
    return new Setting(
        Text.get("training.setting.name.epochs"),
        (c, s) -> c.withEpochs(s.parseInt()),
        c -> Integer.toString(c.epochs()));
  }

  /** Hidden units per layer, typed as "32,16". */
  static Setting hidden() {
    return new Setting(
        Text.get("training.setting.name.hidden"),
        (c, s) -> c.withHiddenLayers(s.parseLayers()),
        c -> {
          StringBuilder units = new StringBuilder();
          for (int u : c.hiddenLayers()) {
            units.append(units.length() == 0 ? "" : ",").append(u);
          }
          return units.toString();
        });
  }

  static Setting learningRate() {
    return new Setting(
        Text.get("training.setting.name.learningRate"),
        (c, s) -> c.withLearningRate(s.parseDouble()),
        c -> number(c.learningRate()));
  }

  static Setting batchSize() {
    return new Setting(
        Text.get("training.setting.name.batchSize"),
        (c, s) -> c.withBatchSize(s.parseInt()),
        c -> Integer.toString(c.batchSize()));
  }

  static Setting l2() {
    return new Setting(
        Text.get("training.l2"), (c, s) -> c.withL2(s.parseDouble()), c -> number(c.l2()));
  }

  static Setting seed() {
    return new Setting(
        Text.get("training.setting.name.seed"),
        (c, s) -> c.withSeed(s.parseLong()),
        c -> Long.toString(c.seed()));
  }

  private static String number(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** Shows {@code c}'s value of this setting, with no message. */
  void show(TrainingConfig c) {
    text.set(shown.apply(c));
    error.set("");
  }

  /**
   * {@code c} with the typed value of this setting. A value the config refuses is shown as this
   * setting's message and thrown; a valid one clears the message.
   */
  TrainingConfig apply(TrainingConfig c) {
    try {
      TrainingConfig next = with.apply(c, this);
      error.set("");
      return next;
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      throw e;
    }
  }

  /** The name used in messages ("learning rate"). */
  public String name() {
    return name;
  }

  public StringProperty textProperty() {
    return text;
  }

  /** Empty when the text is a valid value; otherwise the message to show next to the field. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  String text() {
    return text.get() == null ? "" : text.get().trim();
  }

  int parseInt() {
    try {
      return Integer.parseInt(text());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          tooLarge(text()).orElseGet(() -> Text.get("training.setting.notWhole32", name, text())));
    }
  }

  long parseLong() {
    try {
      return Long.parseLong(text());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          tooLarge(text()).orElseGet(() -> Text.get("training.setting.notWhole42", name, text())));
    }
  }

  /** All digits but too many of them: say so instead of "not a whole number". */
  private java.util.Optional<String> tooLarge(String typed) {
    return typed.matches("-?\\d+")
        ? java.util.Optional.of(Text.get("training.setting.tooLarge", name, typed))
        : java.util.Optional.empty();
  }

  double parseDouble() {
    try {
      return Double.parseDouble(text().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(Text.get("training.setting.notANumber", name, text()));
    }
  }

  /** "32,16" → {32, 16}; an empty text means no hidden layer. */
  int[] parseLayers() {
    String t = text();
    if (t.isEmpty()) {
      return new int[0];
    }
    String[] parts = t.split("[,;\\s]+");
    int[] units = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      try {
        units[i] = Integer.parseInt(part);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            tooLarge(part).orElseGet(() -> Text.get("training.setting.badLayers", name, t, part)));
      }
    }
    return units;
  }
}
