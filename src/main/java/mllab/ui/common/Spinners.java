package mllab.ui.common;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * Editable whole-number spinners that survive what people type. JavaFX's own converter throws on
 * "abc" (an error dialog for a typo) and gives null for an empty field (which the listeners then
 * trip over); this one keeps the spinner's value and puts it back in the field instead.
 */
public final class Spinners {

  private Spinners() {}

  /** Makes {@code spinner} keep its value on text that is not a whole number, now and later. */
  public static void keepValidIntegers(Spinner<Integer> spinner) {
    install(spinner, spinner.getValueFactory());
    spinner.valueFactoryProperty().addListener((o, old, factory) -> install(spinner, factory));
  }

  private static void install(Spinner<Integer> spinner, SpinnerValueFactory<Integer> factory) {
    if (factory == null) {
      return;
    }
    factory.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Integer value) {
            return value == null ? "" : value.toString();
          }

          @Override
          public Integer fromString(String text) {
            try {
              return Integer.valueOf(text.trim());
            } catch (NumberFormatException | NullPointerException e) {
              Integer kept = factory.getValue();
              // The value does not change, so the spinner would leave the typed text: put it back.
              FxBackgroundRunner.later(
                  () -> spinner.getEditor().setText(toString(factory.getValue())));
              return kept;
            }
          }
        });
  }
}
