package mllab.ui.training;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import mllab.text.Text;

/** One typed hyper-parameter: the text the student entered and why it was refused, if it was. */
public final class Setting {

  private final String name;
  private final StringProperty text = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

  Setting(String name) {
    this.name = name;
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

  void setError(String message) {
    error.set(message);
  }

  String text() {
    return text.get() == null ? "" : text.get().trim();
  }

  int parseInt() {
    try {
      return Integer.parseInt(text());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(tooLarge(text()).orElseGet(
          () -> Text.get("training.setting.notWhole32", name, text())));
    }
  }

  long parseLong() {
    try {
      return Long.parseLong(text());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(tooLarge(text()).orElseGet(
          () -> Text.get("training.setting.notWhole42", name, text())));
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
      throw new IllegalArgumentException(
          Text.get("training.setting.notANumber", name, text()));
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
        throw new IllegalArgumentException(tooLarge(part).orElseGet(
            () -> Text.get("training.setting.badLayers", name, t, part)));
      }
    }
    return units;
  }
}
